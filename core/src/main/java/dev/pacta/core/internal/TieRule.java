package dev.pacta.core.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The timeline's order rule, in one place: events by instant; events at the same instant keep their input order,
 * except that an event whose {@code ref} names another event of the same instant always comes after it.
 *
 * <p>{@link #order} is the rule. {@link #inOrder} (a whole list, for a full evaluation) and {@link Run} (one more
 * event, for an incremental one) are cheap tests derived from it, each with the reason it agrees with {@link #order}.
 * {@code Timeline.ordered}, {@code ComplianceEngine.evaluate} and {@code Evaluation.append} use them and nothing
 * else. Events are given by index: {@code id(i)} and {@code ref(i)} (null without a ref), with their instants.
 */
public final class TieRule {
    private TieRule() {}

    /**
     * The engine's order of events given in input order: a permutation of their indexes.
     *
     * @param instants each event's instant
     * @param id each event's id
     * @param ref each event's ref, or null
     * @return the indexes in evaluation order
     */
    public static int[] order(Instant[] instants, IntFunction<String> id, IntFunction<String> ref) {
        int n = instants.length;
        Integer[] byInstant = new Integer[n];
        for (int i = 0; i < n; i++) {
            byInstant[i] = i;
        }
        boolean sorted = true;
        for (int i = 1; i < n && sorted; i++) {
            sorted = !instants[i].isBefore(instants[i - 1]);
        }
        if (!sorted) {
            // Stable sort by instant keeps the input order of ties.
            Arrays.sort(byInstant, Comparator.comparing(i -> instants[i]));
        }
        int[] result = new int[n];
        int start = 0;
        while (start < n) {
            int end = start + 1;
            while (end < n && instants[byInstant[end]].equals(instants[byInstant[start]])) {
                end++;
            }
            List<Integer> run = Arrays.asList(byInstant).subList(start, end);
            boolean anyRef = false;
            for (int i : run) {
                anyRef |= ref.apply(i) != null;
            }
            List<Integer> ordered = run.size() == 1 || !anyRef ? run : refsAfterReferenced(run, id, ref);
            for (int k = 0; k < ordered.size(); k++) {
                result[start + k] = ordered.get(k);
            }
            start = end;
        }
        return result;
    }

    /**
     * Reorders a run of same-instant events so that an event comes after the same-instant event its ref names,
     * keeping input order otherwise: a stable topological sort that places, each time, the first event (in input
     * order) whose referenced event is placed, outside the run, or itself. Members of a reference cycle, and the
     * events that wait on them, keep input order at the end.
     */
    private static List<Integer> refsAfterReferenced(
            List<Integer> run, IntFunction<String> id, IntFunction<String> ref) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < run.size(); i++) {
            index.put(id.apply(run.get(i)), i);
        }
        List<Integer> result = new ArrayList<>(run.size());
        Set<Integer> placed = new HashSet<>();
        boolean progress = true;
        while (result.size() < run.size() && progress) {
            progress = false;
            for (int i = 0; i < run.size(); i++) {
                if (placed.contains(i)) {
                    continue;
                }
                String r = ref.apply(run.get(i));
                Integer target = r == null ? null : index.get(r);
                if (target == null || target == i || placed.contains(target)) {
                    placed.add(i);
                    result.add(run.get(i));
                    progress = true;
                    break;
                }
            }
        }
        for (int i = 0; i < run.size(); i++) {
            if (!placed.contains(i)) {
                result.add(run.get(i));
            }
        }
        return result;
    }

    /**
     * Whether the input order already is {@link #order the engine's order}, tested without reordering: instants
     * never go back, and no event names (by ref) an event listed after it at the same instant. This is sufficient:
     * with every same-instant reference pointing backwards, the first event not yet placed can always be placed, so
     * {@link #order} keeps the input order. It is not necessary (two events naming each other also keep their
     * order), so false only means "reorder", never a different result.
     *
     * @param instants each event's instant
     * @param id each event's id
     * @param ref each event's ref, or null
     * @return true if {@link #order} is the identity
     */
    public static boolean inOrder(Instant[] instants, IntFunction<String> id, IntFunction<String> ref) {
        int n = instants.length;
        for (int k = 1; k < n; k++) {
            if (instants[k].isBefore(instants[k - 1])) {
                return false;
            }
        }
        for (int k = 0; k < n; k++) {
            String r = ref.apply(k);
            if (r == null) {
                continue;
            }
            for (int m = k + 1; m < n && instants[m].equals(instants[k]); m++) {
                if (id.apply(m).equals(r)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The events at the latest instant of an incremental evaluation, to tell whether one more event goes last in
     * {@link #order}, so that it can be applied after the others, or whether the evaluation must be replayed in the
     * new order. This class is mutable and not thread-safe.
     */
    public static final class Run {
        private Instant latest = Instant.MIN;
        /** The refs of the events at the latest instant (the ids they name). */
        private final Set<String> named = new HashSet<>();
        /** The refs of the events at the latest instant that have one, by the event's id: to follow chains. */
        private final Map<String, String> refOf = new HashMap<>();
        /** Whether the events at the latest instant include a reference cycle (see {@link #appendsInOrder}). */
        private boolean cycle;

        /** Creates a run before any event. */
        public Run() {}

        /**
         * The latest instant seen, {@link Instant#MIN} before any.
         *
         * @return the instant
         */
        public Instant latest() {
            return latest;
        }

        /**
         * Whether an event at {@code t} with the given id, appended after the events {@link #add added} so far, comes
         * last in their {@link #order}. True after the latest instant; false before it. At the latest instant, true
         * if no event there names it and they hold no reference cycle: the events then placed before it are placed
         * as without it, and it comes last, since {@link #order} places a later-listed event only when no earlier
         * one can be, which happens only at a cycle. (With a cycle the answer is a safe false: reorder.)
         *
         * @param t the event's instant
         * @param id the event's id
         * @return true if it can be applied after the others
         */
        public boolean appendsInOrder(Instant t, String id) {
            int c = t.compareTo(latest);
            return c > 0 || (c == 0 && !cycle && !named.contains(id));
        }

        /**
         * Records an event, in the order the evaluation applies it.
         *
         * @param t its instant, not before {@link #latest()}
         * @param id its id
         * @param ref its ref, or null
         */
        public void add(Instant t, String id, String ref) {
            advance(t);
            if (ref == null || ref.equals(id)) {
                return; // an event naming itself waits on nothing
            }
            named.add(ref);
            refOf.put(id, ref);
            // A new cycle must pass through the new event, the only one whose reference is new: follow its chain.
            String at = ref;
            for (int steps = 0; at != null && steps <= refOf.size(); steps++) {
                if (at.equals(id)) {
                    cycle = true;
                    return;
                }
                at = refOf.get(at);
            }
        }

        /**
         * Moves to {@code t} without an event (time alone); an instant after the latest starts a new run.
         *
         * @param t the instant
         */
        public void advance(Instant t) {
            if (t.isAfter(latest)) {
                latest = t;
                named.clear();
                refOf.clear();
                cycle = false;
            }
        }

        /** Forgets every event: the state before any. */
        public void clear() {
            latest = Instant.MIN;
            named.clear();
            refOf.clear();
            cycle = false;
        }
    }
}
