package dev.pacta.core.model;

import static dev.pacta.core.model.ValidationCodes.CYCLE;

import dev.pacta.core.Identifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The rule that references form no cycle of two or more ({@code CYCLE}): among prerequisites, among
 * {@code ON_FULFILMENT} / {@code ON_BREACH} trigger chains, and among milestone dependencies. Each strongly connected
 * group is reported once, at its first-declared member, naming the shortest cycle through it
 * ({@code a -> b -> a}); unknown ids and self-references are {@link ReferenceRules}' and left out of the graphs.
 *
 * <p>Linear in the size of the agreement: one strongly-connected-components pass per graph.
 */
final class CycleRules {
    private CycleRules() {}

    static void check(ValidationRun run) {
        Agreement agreement = run.agreement;
        List<Obligation> os = agreement.obligations();
        int[][] prerequisites = new int[os.size()][];
        int[][] triggers = new int[os.size()][];
        for (int i = 0; i < os.size(); i++) {
            Obligation o = os.get(i);
            prerequisites[i] = targets(o.prerequisites(), run.obligations, i);
            ObligationId chained = TriggerRules.chainedTo(o.trigger());
            triggers[i] = chained != null ? targets(List.of(chained), run.obligations, i) : new int[] {-1};
        }
        List<Milestone> ms = agreement.milestones();
        int[][] dependsOn = new int[ms.size()][];
        for (int m = 0; m < ms.size(); m++) {
            dependsOn[m] = targets(ms.get(m).dependsOn(), run.milestones, m);
        }
        for (int[] cycle : Graphs.cycles(prerequisites)) {
            run.add(
                    CYCLE,
                    "obligations[" + cycle[0] + "].prerequisites[" + position(prerequisites[cycle[0]], cycle[1]) + "]",
                    "obligation '" + os.get(cycle[0]).id() + "': prerequisites form a cycle: "
                            + names(cycle, i -> os.get(i).id()));
        }
        for (int[] cycle : Graphs.cycles(triggers)) {
            run.add(
                    CYCLE,
                    "obligations[" + cycle[0] + "].trigger.obligation",
                    "obligation '" + os.get(cycle[0]).id()
                            + "': triggers form a cycle, each obligation waiting on the fulfilment or breach of the next: "
                            + names(cycle, i -> os.get(i).id()));
        }
        for (int[] cycle : Graphs.cycles(dependsOn)) {
            run.add(
                    CYCLE,
                    "milestones[" + cycle[0] + "].dependsOn[" + position(dependsOn[cycle[0]], cycle[1]) + "]",
                    "milestone '" + ms.get(cycle[0]).id() + "': milestone dependencies form a cycle: "
                            + names(cycle, m -> ms.get(m).id()));
        }
    }

    /** The indexes of the named ids (first declaration), -1 for unknown ids and self-references (reported apart). */
    private static <K> int[] targets(List<K> ids, Map<K, Integer> index, int self) {
        int[] result = new int[ids.size()];
        for (int j = 0; j < ids.size(); j++) {
            Integer t = index.get(ids.get(j));
            result[j] = t == null || t == self ? -1 : t;
        }
        return result;
    }

    private static int position(int[] edges, int target) {
        for (int j = 0; j < edges.length; j++) {
            if (edges[j] == target) {
                return j;
            }
        }
        throw new IllegalStateException("no edge to " + target);
    }

    private static String names(int[] cycle, IntFunction<Identifier> id) {
        StringBuilder text = new StringBuilder();
        for (int node : cycle) {
            text.append(text.length() == 0 ? "" : " -> ").append(id.apply(node));
        }
        return text.append(" -> ").append(id.apply(cycle[0])).toString();
    }

    /** Strongly connected components (iterative Tarjan) and the shortest cycle through each one's first node. */
    static final class Graphs {
        private Graphs() {}

        /**
         * One cycle per strongly connected component of two or more nodes, starting at the component's smallest
         * node, in order of those nodes.
         *
         * @param edges for each node, its successors; -1 entries are ignored
         * @return the cycles, each the list of its nodes without repeating the first
         */
        static List<int[]> cycles(int[][] edges) {
            int n = edges.length;
            int[] component = components(edges);
            int[] size = new int[n];
            for (int c : component) {
                size[c]++;
            }
            List<int[]> cycles = new ArrayList<>();
            boolean[] done = new boolean[n];
            for (int start = 0; start < n; start++) {
                int c = component[start];
                if (size[c] < 2 || done[c]) {
                    continue;
                }
                done[c] = true;
                cycles.add(shortestCycle(edges, component, start));
            }
            return cycles;
        }

        private static int[] shortestCycle(int[][] edges, int[] component, int start) {
            int n = edges.length;
            int[] parent = new int[n];
            Arrays.fill(parent, -2);
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            queue.add(start);
            parent[start] = -1;
            while (!queue.isEmpty()) {
                int node = queue.poll();
                for (int next : edges[node]) {
                    if (next < 0 || component[next] != component[start]) {
                        continue;
                    }
                    if (next == start) {
                        List<Integer> path = new ArrayList<>();
                        for (int at = node; at != -1; at = parent[at]) {
                            path.add(at);
                        }
                        int[] cycle = new int[path.size()];
                        for (int k = 0; k < cycle.length; k++) {
                            cycle[k] = path.get(cycle.length - 1 - k);
                        }
                        return cycle;
                    }
                    if (parent[next] == -2) {
                        parent[next] = node;
                        queue.add(next);
                    }
                }
            }
            throw new IllegalStateException("node " + start + " is on no cycle of its component");
        }

        /** Iterative Tarjan: the component number of each node. */
        private static int[] components(int[][] edges) {
            int n = edges.length;
            int[] index = new int[n];
            int[] low = new int[n];
            int[] component = new int[n];
            int[] edgeAt = new int[n];
            boolean[] onStack = new boolean[n];
            Arrays.fill(index, -1);
            int[] stack = new int[n];
            int top = 0;
            int[] call = new int[n];
            int counter = 0;
            int components = 0;
            for (int root = 0; root < n; root++) {
                if (index[root] >= 0) {
                    continue;
                }
                int depth = 0;
                call[depth] = root;
                index[root] = low[root] = counter++;
                stack[top++] = root;
                onStack[root] = true;
                while (depth >= 0) {
                    int node = call[depth];
                    if (edgeAt[node] < edges[node].length) {
                        int next = edges[node][edgeAt[node]++];
                        if (next < 0) {
                            continue;
                        }
                        if (index[next] < 0) {
                            index[next] = low[next] = counter++;
                            stack[top++] = next;
                            onStack[next] = true;
                            call[++depth] = next;
                        } else if (onStack[next]) {
                            low[node] = Math.min(low[node], index[next]);
                        }
                    } else {
                        if (low[node] == index[node]) {
                            int member;
                            do {
                                member = stack[--top];
                                onStack[member] = false;
                                component[member] = components;
                            } while (member != node);
                            components++;
                        }
                        depth--;
                        if (depth >= 0) {
                            low[call[depth]] = Math.min(low[call[depth]], low[node]);
                        }
                    }
                }
            }
            return component;
        }
    }
}
