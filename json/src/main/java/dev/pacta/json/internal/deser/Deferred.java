package dev.pacta.json.internal.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import dev.pacta.json.JsonCodes;
import dev.pacta.json.JsonProblem;
import dev.pacta.json.internal.ReadError;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The value-level problems of a document, kept while the rest of it is read, so that a document with an unknown
 * zone, an impossible date in a deadline and an amount in {@code XAU} in an event reports all three at once rather
 * than the first.
 *
 * <p>A problem is kept only when it is about one scalar value that has been read whole (the parser is still at it)
 * and directly inside the object or array being read: reading then goes on with the next property or element as if
 * the value were absent. Problems of structure (syntax, a wrong JSON type, an unknown or missing property) still
 * stop reading, as the document's shape after them is unknown.
 *
 * <p>Problems are kept only inside a scope, which a document's reader ({@link #open}: an agreement, a timeline, a
 * scenario, a template) opens and {@link #close}s, throwing what was kept. Outside a scope, as when a caller's own
 * {@code ObjectMapper} reads one obligation, a problem is thrown at once, so that nothing kept is ever lost. Once a
 * value is kept back, the objects around it cannot be built: their readers return null (see {@link #any}) and skip
 * the checks that depend on the values, and the scope's owner reports the kept problems when it ends.
 */
final class Deferred {
    private static final Object KEY = Deferred.class;

    /** The codes of a value that has the right JSON type but is wrong in itself. */
    private static final Set<String> VALUE_CODES =
            Set.of(JsonCodes.INVALID_VALUE, JsonCodes.OUT_OF_RANGE, JsonCodes.UNKNOWN_KIND);

    private final List<JsonProblem> problems = new ArrayList<>();

    private Deferred() {}

    /**
     * Opens a scope in which value problems are kept, unless one is open already (a scenario's agreement is read in
     * the scenario's scope).
     *
     * @param ctxt the context, possibly null (then no scope)
     * @return the scope opened, to {@link #close}; null if none was opened here
     */
    static Deferred open(DeserializationContext ctxt) {
        if (ctxt == null || ctxt.getAttribute(KEY) instanceof Deferred) {
            return null;
        }
        Deferred deferred = new Deferred();
        ctxt.setAttribute(KEY, deferred);
        return deferred;
    }

    /**
     * The scope open, if any.
     *
     * @param ctxt the context, possibly null
     * @return the scope, or null
     */
    static Deferred current(DeserializationContext ctxt) {
        return ctxt != null && ctxt.getAttribute(KEY) instanceof Deferred d ? d : null;
    }

    /**
     * Keeps a problem of the value at the parser's current token to report later, if it is only about that value.
     *
     * @param p the parser
     * @param ctxt the context, possibly null
     * @param container the context of the object or array whose property or element was read: a problem deeper
     *     inside is not kept
     * @param e the problem
     * @throws ReadError {@code e} itself, if it cannot be kept
     */
    static void keepOrThrow(JsonParser p, DeserializationContext ctxt, JsonStreamContext container, ReadError e)
            throws ReadError {
        Deferred deferred = current(ctxt);
        if (deferred == null
                || container == null
                || p.getParsingContext() != container
                || p.currentToken() == null
                || !p.currentToken().isScalarValue()
                || e.problems().size() != 1
                || !VALUE_CODES.contains(e.problems().get(0).code())) {
            throw e;
        }
        deferred.problems.add(e.problems().get(0));
    }

    /**
     * Whether any problem was kept back in this scope.
     *
     * @return true if a problem was kept
     */
    boolean kept() {
        return !problems.isEmpty();
    }

    /**
     * Whether any problem was kept back: the value being read cannot be built.
     *
     * @param ctxt the context, possibly null
     * @return true if a problem was kept
     */
    static boolean any(DeserializationContext ctxt) {
        Deferred deferred = current(ctxt);
        return deferred != null && deferred.kept();
    }

    /**
     * Gives a nested value to its owner's builder, unless it could not be built because a value inside it was kept
     * back (the owner is then not built either).
     *
     * @param value the value read, null if it could not be built
     * @param setter the builder's setter
     * @param <T> the value's type
     */
    static <T> void ifBuilt(T value, Consumer<T> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }

    /**
     * Closes a scope opened by {@link #open} and gives the problems kept in it, for a reader that reports them with
     * problems of its own (a template's parameters).
     *
     * @param ctxt the context
     * @param scope the scope {@link #open} returned; when null (the scope is someone else's), nothing is taken
     * @return the problems kept, in the order found
     */
    static List<JsonProblem> take(DeserializationContext ctxt, Deferred scope) {
        if (scope == null) {
            return List.of();
        }
        ctxt.setAttribute(KEY, null);
        return List.copyOf(scope.problems);
    }

    /**
     * How many problems were kept in the scope open, so that a reader can tell whether its own object had one.
     *
     * @param ctxt the context, possibly null
     * @return the number kept so far, 0 without a scope
     */
    static int count(DeserializationContext ctxt) {
        Deferred deferred = current(ctxt);
        return deferred == null ? 0 : deferred.problems.size();
    }

    /**
     * Closes a scope opened by {@link #open}, throwing every problem kept in it, in document order, if there is any.
     *
     * @param p the parser
     * @param ctxt the context
     * @param scope the scope {@link #open} returned; nothing is done when null (the scope is someone else's)
     * @param subject what was read, e.g. {@code "agreement 'a1'"}
     * @throws ReadError with the problems
     */
    static void close(JsonParser p, DeserializationContext ctxt, Deferred scope, String subject) throws ReadError {
        if (scope == null) {
            return;
        }
        ctxt.setAttribute(KEY, null);
        if (scope.kept()) {
            List<JsonProblem> problems = new ArrayList<>(scope.problems);
            problems.sort(Comparator.comparingInt(JsonProblem::line).thenComparingInt(JsonProblem::column));
            throw ReadError.of(p, subject, problems);
        }
    }
}
