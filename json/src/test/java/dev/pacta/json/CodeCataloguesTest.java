package dev.pacta.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.core.model.ValidationCodes;
import dev.pacta.core.template.AgreementTemplate;
import dev.pacta.core.time.BusinessCalendar;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every problem code lives in one catalogue per family, in one naming form, and {@code docs/json-format.md} lists
 * exactly the codes of the catalogues: no more, no fewer.
 */
class CodeCataloguesTest {
    private static final Pattern UPPER_SNAKE_CASE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
    private static final Pattern CODE_IN_CELL = Pattern.compile("`([A-Z][A-Z0-9_]*)`");

    @Test
    void docs_agreementTable_listsExactlyValidationCodes() throws IOException {
        List<String> documented = tableCodes("Domain problems keep the core model's codes");
        assertThat(documented).doesNotHaveDuplicates();
        assertThat(new TreeSet<>(documented))
                .isEqualTo(new TreeSet<>(codes(ValidationCodes.class).values()));
    }

    @Test
    void docs_readerTable_listsExactlyJsonTemplateAndCalendarCodes() throws IOException {
        List<String> documented = tableCodes("The reader's codes:");
        assertThat(documented).doesNotHaveDuplicates();
        TreeSet<String> catalogued = new TreeSet<>(codes(JsonCodes.class).values());
        catalogued.addAll(codes(AgreementTemplate.class).values());
        catalogued.addAll(codes(BusinessCalendar.class).values());
        assertThat(new TreeSet<>(documented)).isEqualTo(catalogued);
    }

    @Test
    void catalogues_oneNamingForm_eachCodeNamedAsItsConstant() {
        for (Class<?> catalogue : List.of(ValidationCodes.class, JsonCodes.class)) {
            Map<String, String> codes = codes(catalogue);
            assertThat(codes).as(catalogue.getSimpleName()).isNotEmpty();
            codes.forEach((name, code) -> assertThat(code).as(name).isEqualTo(name));
        }
        for (Class<?> catalogue :
                List.of(ValidationCodes.class, JsonCodes.class, AgreementTemplate.class, BusinessCalendar.class)) {
            codes(catalogue).values().forEach(code -> assertThat(code).matches(UPPER_SNAKE_CASE));
        }
    }

    @Test
    void tableCodes_readsEveryCodeOfTheFirstColumn() {
        String table =
                "intro\n\n| code | meaning |\n|---|---|\n| `A_B`, `C` | `NOT_THIS` |\n| `D` | d |\n\nafter `E`\n";
        assertThat(tableCodes(table, "intro")).containsExactly("A_B", "C", "D");
    }

    /** The public string constants of a catalogue, by field name. */
    private static Map<String, String> codes(Class<?> catalogue) {
        Map<String, String> codes = new LinkedHashMap<>();
        for (Field field : catalogue.getFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == String.class) {
                try {
                    codes.put(field.getName(), (String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return codes;
    }

    private static List<String> tableCodes(String heading) throws IOException {
        return tableCodes(Files.readString(Path.of("..", "docs", "json-format.md")), heading);
    }

    /** The codes in the first column of the first table after a heading line. */
    private static List<String> tableCodes(String docs, String heading) {
        int at = docs.indexOf(heading);
        assertThat(at).as("'%s' in the docs", heading).isNotNegative();
        List<String> codes = new ArrayList<>();
        boolean inTable = false;
        for (String line : docs.substring(at).split("\n", -1)) {
            if (line.startsWith("|")) {
                inTable = true;
                String first = line.split("\\|", -1)[1];
                Matcher m = CODE_IN_CELL.matcher(first);
                while (m.find()) {
                    codes.add(m.group(1));
                }
            } else if (inTable) {
                break;
            }
        }
        assertThat(codes).as("a table of codes after '%s'", heading).isNotEmpty();
        return codes;
    }
}
