package dev.pacta.json.internal.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import dev.pacta.json.JsonProblem;
import dev.pacta.json.internal.ReadError;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The value-level problems of an agreement, kept while the rest of it is read, so that an agreement with an unknown
 * zone, an impossible date and an amount in {@code XAU} reports all three at once rather than the first.
 *
 * <p>A problem is kept only when it is about one scalar value that has been read whole (the parser is still at it):
 * reading then goes on with the next property as if the value were absent. Problems of structure (syntax, a wrong
 * JSON type, an unknown property) still stop reading, as the document's shape after them is unknown. Once a value is
 * kept back, the objects around it cannot be built; the agreement reports the kept problems when it ends.
 */
final class Deferred {
    private static final Object KEY = Deferred.class;

    /** The codes of a value that has the right JSON type but is wrong in itself. */
    private static final Set<String> VALUE_CODES = Set.of("INVALID_VALUE", "OUT_OF_RANGE", "UNKNOWN_KIND");

    private final List<JsonProblem> problems = new ArrayList<>();

    private Deferred() {}

    /**
     * Keeps a problem of the value at the parser's current token to report later, if it is only about that value.
     *
     * @param p the parser
     * @param ctxt the context, null when reading outside a document (then nothing is kept)
     * @param object the context of the object whose property was read: a problem deeper inside is not kept
     * @param e the problem
     * @throws ReadError {@code e} itself, if it cannot be kept
     */
    static void keepOrThrow(JsonParser p, DeserializationContext ctxt, JsonStreamContext object, ReadError e)
            throws ReadError {
        if (ctxt == null
                || object == null
                || p.getParsingContext() != object
                || p.currentToken() == null
                || !p.currentToken().isScalarValue()
                || e.problems().size() != 1
                || !VALUE_CODES.contains(e.problems().get(0).code())) {
            throw e;
        }
        Object existing = ctxt.getAttribute(KEY);
        Deferred deferred = existing instanceof Deferred d ? d : new Deferred();
        ctxt.setAttribute(KEY, deferred);
        deferred.problems.add(e.problems().get(0));
    }

    /**
     * Whether any problem was kept back: the value being read cannot be built.
     *
     * @param ctxt the context, possibly null
     * @return true if a problem was kept
     */
    static boolean any(DeserializationContext ctxt) {
        return ctxt != null && ctxt.getAttribute(KEY) instanceof Deferred d && !d.problems.isEmpty();
    }

    /**
     * Throws every problem kept back, in document order, if there is any.
     *
     * @param p the parser
     * @param ctxt the context, possibly null
     * @param subject what was read, e.g. {@code "agreement 'a1'"}
     * @throws ReadError with the problems
     */
    static void throwIfAny(JsonParser p, DeserializationContext ctxt, String subject) throws ReadError {
        if (!any(ctxt)) {
            return;
        }
        List<JsonProblem> problems = new ArrayList<>(((Deferred) ctxt.getAttribute(KEY)).problems);
        problems.sort(Comparator.comparingInt(JsonProblem::line).thenComparingInt(JsonProblem::column));
        ctxt.setAttribute(KEY, null);
        throw ReadError.of(p, subject, problems);
    }
}
