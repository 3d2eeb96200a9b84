package dev.pacta.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import java.util.regex.Pattern;

/** JSON paths ({@code $.obligations[2].deadline.businessDays}) of a parser's current position. */
public final class JsonPaths {
    private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private JsonPaths() {}

    /**
     * The path of the parser's current token: the value (or property name) it is at.
     *
     * @param p the parser
     * @return the path, {@code $} at the root
     */
    public static String of(JsonParser p) {
        return of(p.getParsingContext());
    }

    /**
     * The path of a parsing context's current entry.
     *
     * @param context the context, possibly null
     * @return the path, {@code $} at the root
     */
    public static String of(JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                if (c.hasCurrentIndex()) {
                    path.insert(0, "[" + c.getCurrentIndex() + "]");
                }
            } else if (c.getCurrentName() != null) {
                path.insert(0, property(c.getCurrentName()));
            }
        }
        return path.insert(0, '$').toString();
    }

    /**
     * A property step: {@code .name} for simple names, else {@code ['any name']}.
     *
     * @param name the property name
     * @return the step
     */
    public static String property(String name) {
        if (SIMPLE_NAME.matcher(name).matches()) {
            return "." + name;
        }
        String shown = name.length() > 64 ? name.substring(0, 61) + "..." : name;
        return "['" + shown.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }
}
