package dev.pacta.json.internal.deser;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import dev.pacta.json.internal.JsonPaths;
import java.util.HashMap;
import java.util.Map;

/**
 * Remembers the location of every value read while an agreement is read, so that the domain problems found when
 * the agreement is built (paths such as {@code obligations[2].beneficiary}) can be given a line and column.
 */
final class LocationRecorder {
    private static final Object KEY = LocationRecorder.class;

    private final Map<String, JsonLocation> locations = new HashMap<>();

    /**
     * Installs a new recorder for the rest of the call, or returns the one installed.
     *
     * @param ctxt the context
     * @return the recorder
     */
    static LocationRecorder install(DeserializationContext ctxt) {
        Object existing = ctxt.getAttribute(KEY);
        if (existing instanceof LocationRecorder r) {
            return r;
        }
        LocationRecorder recorder = new LocationRecorder();
        ctxt.setAttribute(KEY, recorder);
        return recorder;
    }

    static LocationRecorder of(DeserializationContext ctxt) {
        return ctxt == null ? null : (LocationRecorder) ctxt.getAttribute(KEY);
    }

    void record(JsonParser p) {
        locations.put(JsonPaths.of(p), p.currentTokenLocation());
    }

    /**
     * Tells whether a value was read at exactly this path.
     *
     * @param path a JSON path
     * @return true if recorded
     */
    boolean has(String path) {
        return locations.containsKey(path);
    }

    /**
     * The location of a path, or of its longest recorded prefix.
     *
     * @param path a JSON path
     * @param fallback the location if no prefix is recorded
     * @return the location
     */
    JsonLocation locate(String path, JsonLocation fallback) {
        String candidate = path;
        while (true) {
            JsonLocation found = locations.get(candidate);
            if (found != null) {
                return found;
            }
            int cut = Math.max(candidate.lastIndexOf('.'), candidate.lastIndexOf('['));
            if (cut <= 1) {
                return fallback;
            }
            candidate = candidate.substring(0, cut);
        }
    }
}
