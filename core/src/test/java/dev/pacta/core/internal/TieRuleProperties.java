package dev.pacta.core.internal;

import static dev.pacta.core.gen.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.pacta.core.gen.Coverage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The tie rule's two quick tests agree with the rule itself: {@link TieRule#inOrder} never says "in order" when
 * {@link TieRule#order} would reorder, and an incremental evaluation guided by {@link TieRule.Run} (apply when the
 * event goes last, else replay everything in {@link TieRule#order}) always has applied the events in {@link
 * TieRule#order} of what it was given.
 */
class TieRuleProperties {
    /** Events drawn as small codes: instant 0-2 seconds, ref to one of eight ids (some absent), or none. */
    private record Events(Instant[] instants, String[] ids, String[] refs) {
        static Events of(List<Integer> codes) {
            int n = codes.size();
            Instant[] instants = new Instant[n];
            String[] ids = new String[n];
            String[] refs = new String[n];
            for (int i = 0; i < n; i++) {
                int code = codes.get(i);
                instants[i] = Instant.ofEpochSecond(code % 3);
                ids[i] = "e" + i;
                int ref = code / 3 % 12;
                refs[i] = ref < 8 ? "e" + ref : null;
            }
            return new Events(instants, ids, refs);
        }

        int[] order(int n) {
            return TieRule.order(Arrays.copyOf(instants, n), i -> ids[i], i -> refs[i]);
        }

        @Override
        public String toString() {
            return IntStream.range(0, ids.length)
                    .mapToObj(
                            i -> ids[i] + "@" + instants[i].getEpochSecond() + (refs[i] == null ? "" : "->" + refs[i]))
                    .toList()
                    .toString();
        }
    }

    @Test
    void inOrder_impliesOrderIsTheInputOrder() {
        Coverage coverage = Coverage.forCaller().atLeast("in order", 0.1).atLeast("reordered", 0.3);
        qt(2000).forAll(lists().of(integers().between(0, 35)).ofSizeBetween(1, 9))
                .checkAssert(codes -> {
                    Events e = Events.of(codes);
                    int[] order = e.order(codes.size());
                    boolean identity = Arrays.equals(
                            order, IntStream.range(0, codes.size()).toArray());
                    boolean inOrder = TieRule.inOrder(e.instants(), i -> e.ids()[i], i -> e.refs()[i]);
                    coverage.count("in order", inOrder);
                    coverage.count("reordered", !identity);
                    if (inOrder) {
                        assertThat(order)
                                .as("%s", e)
                                .containsExactly(
                                        IntStream.range(0, codes.size()).toArray());
                    }
                });
        coverage.check();
    }

    @Test
    void run_appliedOrderIsAlwaysTheRulesOrder() {
        Coverage coverage = Coverage.forCaller()
                .atLeast("replayed at the latest instant", 0.1)
                .atLeast("same instant, applied last", 0.5)
                .atLeast("reference cycle", 0.015);
        qt(3000).forAll(lists().of(integers().between(0, 35)).ofSizeBetween(1, 10))
                .checkAssert(codes -> {
                    Events e = Events.of(codes);
                    TieRule.Run run = new TieRule.Run();
                    List<Integer> applied = new ArrayList<>();
                    boolean replayedAtLatest = false;
                    boolean appendedAtLatest = false;
                    for (int n = 1; n <= codes.size(); n++) {
                        int last = n - 1;
                        Instant t = e.instants()[last];
                        boolean atLatest = t.equals(run.latest());
                        if (run.appendsInOrder(t, e.ids()[last])) {
                            appendedAtLatest |= atLatest;
                            applied.add(last);
                            run.add(t, e.ids()[last], e.refs()[last]);
                        } else {
                            replayedAtLatest |= atLatest;
                            applied.clear();
                            run.clear();
                            for (int i : e.order(n)) {
                                applied.add(i);
                                run.add(e.instants()[i], e.ids()[i], e.refs()[i]);
                            }
                        }
                        assertThat(applied)
                                .as("%s, after %d events", e, n)
                                .containsExactly(
                                        Arrays.stream(e.order(n)).boxed().toArray(Integer[]::new));
                    }
                    coverage.count("replayed at the latest instant", replayedAtLatest);
                    coverage.count("same instant, applied last", appendedAtLatest);
                    coverage.count("reference cycle", hasCycle(e));
                });
        coverage.check();
    }

    /** Whether two or more events at one instant name each other in a ring. */
    private static boolean hasCycle(Events e) {
        int n = e.ids().length;
        for (int start = 0; start < n; start++) {
            int at = start;
            for (int steps = 0; steps < n; steps++) {
                String ref = e.refs()[at];
                if (ref == null) {
                    break;
                }
                int next = Integer.parseInt(ref.substring(1));
                if (next >= n || next == at || !e.instants()[next].equals(e.instants()[at])) {
                    break;
                }
                at = next;
                if (at == start) {
                    return true;
                }
            }
        }
        return false;
    }
}
