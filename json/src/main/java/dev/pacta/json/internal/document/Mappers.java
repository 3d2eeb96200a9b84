package dev.pacta.json.internal.document;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.pacta.json.DocumentKind;
import dev.pacta.json.internal.Limits;
import dev.pacta.json.internal.deser.CalendarDocument;
import dev.pacta.json.internal.deser.ScenarioDocument;
import dev.pacta.json.internal.deser.TemplateDocument;

/**
 * The hardened factories, mapper, readers and writer that every document is read and written on: strict duplicate
 * detection, the {@link Limits}, no coercion, two-space indent. Shared and immutable.
 */
final class Mappers {
    private Mappers() {}

    /** The hardened factory: strict duplicate detection and the {@link Limits}. */
    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(Limits.MAX_NESTING_DEPTH)
                    .maxStringLength(Limits.MAX_STRING_LENGTH)
                    .maxNameLength(Limits.MAX_NAME_LENGTH)
                    .maxNumberLength(Limits.MAX_NUMBER_LENGTH)
                    .maxDocumentLength(Limits.MAX_DOCUMENT_CHARS)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    /**
     * The hardened factory for results (reports and changes), whose strings may quote the agreement's texts: as
     * {@link #FACTORY}, with strings up to {@link Limits#MAX_RESULT_STRING_LENGTH}.
     */
    static final JsonFactory RESULT_FACTORY = FACTORY.rebuild()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(Limits.MAX_NESTING_DEPTH)
                    .maxStringLength(Limits.MAX_RESULT_STRING_LENGTH)
                    .maxNameLength(Limits.MAX_NAME_LENGTH)
                    .maxNumberLength(Limits.MAX_NUMBER_LENGTH)
                    .maxDocumentLength(Limits.MAX_DOCUMENT_CHARS)
                    .build())
            .build();

    /** The longest string a document of a kind may hold, as its reader reads it and its writer writes it. */
    static int maxString(DocumentKind kind) {
        return kind == DocumentKind.REPORT || kind == DocumentKind.CHANGES
                ? Limits.MAX_RESULT_STRING_LENGTH
                : Limits.MAX_STRING_LENGTH;
    }

    /**
     * The hardened mapper. Pacta's deserializers are strict on their own; these settings also close the doors that
     * Jackson's generic deserializers would open (no default typing is ever activated).
     */
    static final JsonMapper MAPPER = JsonMapper.builder(FACTORY)
            .addModule(Bindings.register(new SimpleModule("dev.pacta.json")))
            .addModule(new SimpleModule("dev.pacta.json.documents")
                    .addDeserializer(TemplateDocument.class, TemplateDocument.Deserializer.INSTANCE)
                    .addDeserializer(ScenarioDocument.class, ScenarioDocument.Deserializer.INSTANCE)
                    .addDeserializer(CalendarDocument.class, CalendarDocument.Deserializer.INSTANCE))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .withCoercionConfigDefaults(c -> c.setAcceptBlankAsEmpty(false)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
            .withCoercionConfig(
                    LogicalType.Integer,
                    c -> c.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
            .withCoercionConfig(
                    LogicalType.Boolean,
                    c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
            .build();

    static final ObjectReader READER = MAPPER.reader();

    /**
     * The hardened factory without Jackson's own duplicate-key check, for the fast first attempt of
     * {@link Documents#readFast}. Jackson's check keeps a hash set of the names of every object with more than two properties
     * (each event of a timeline); the readers of the kinds in {@code Documents.SELF_CHECKED} reject a repeated key themselves,
     * so a document with one still fails, and is then read again on {@link #FACTORY} for the exact error.
     */
    static final JsonFactory FAST_FACTORY = FACTORY.rebuild()
            .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** For values embedded in a document: reads one value and stops, whatever follows. */
    static final ObjectReader EMBEDDED_READER = MAPPER.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** Two-space indent, {@code "name": value}, LF line ends whatever the platform. */
    static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    /**
     * For the agreement of a template, kept as written: decimals exactly as written (trailing zeros kept), so that
     * writing the tree back gives the same numbers.
     */
    static final ObjectReader TREE_READER = MAPPER.reader()
            .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .without(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);
}
