package dev.pacta.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The obvious hand-written implementation of the simple deadline rule: group events per agreement, sort them by
 * date, take each instance's first fulfilling event, and classify each instance as of the date.
 */
public final class PlainLoopBaseline {
    private PlainLoopBaseline() {}

    /** The outcome of one agreement: its instances and their states, in the same order. */
    public record Result(List<SimpleInstance> instances, SimpleState[] states) {}

    /**
     * Evaluates a whole portfolio.
     *
     * @param instances every agreement's instances
     * @param events every agreement's events, in any order
     * @param asOf the evaluation date
     * @return the counts per {@link SimpleState} (ordinal order)
     */
    public static long[] evaluate(List<SimpleInstance> instances, List<SimpleEvent> events, LocalDate asOf) {
        Map<String, List<SimpleEvent>> eventsByAgreement = new HashMap<>();
        for (SimpleEvent e : events) {
            eventsByAgreement
                    .computeIfAbsent(e.agreement(), k -> new ArrayList<>())
                    .add(e);
        }
        Map<String, List<SimpleInstance>> instancesByAgreement = new HashMap<>();
        for (SimpleInstance i : instances) {
            instancesByAgreement
                    .computeIfAbsent(i.agreement(), k -> new ArrayList<>())
                    .add(i);
        }
        long[] counts = new long[SimpleState.values().length];
        for (Map.Entry<String, List<SimpleInstance>> a : instancesByAgreement.entrySet()) {
            List<SimpleEvent> evs = eventsByAgreement.getOrDefault(a.getKey(), List.of());
            Result r = evaluateAgreement(a.getValue(), evs, asOf);
            for (SimpleState s : r.states()) {
                counts[s.ordinal()]++;
            }
        }
        return counts;
    }

    /**
     * Evaluates one agreement.
     *
     * @param instances its instances
     * @param events its events, in any order
     * @param asOf the evaluation date
     * @return the states
     */
    public static Result evaluateAgreement(List<SimpleInstance> instances, List<SimpleEvent> events, LocalDate asOf) {
        List<SimpleEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(SimpleEvent::date));
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < instances.size(); i++) {
            index.put(instances.get(i).id(), i);
        }
        LocalDate[] fulfilled = new LocalDate[instances.size()];
        for (SimpleEvent e : sorted) {
            if (e.date().isAfter(asOf)) {
                break;
            }
            if (e.instance() == null) {
                continue;
            }
            Integer i = index.get(e.instance());
            if (i != null && fulfilled[i] == null) {
                fulfilled[i] = e.date();
            }
        }
        SimpleState[] states = new SimpleState[instances.size()];
        for (int i = 0; i < states.length; i++) {
            LocalDate deadline = instances.get(i).deadline();
            if (fulfilled[i] != null) {
                states[i] = fulfilled[i].isAfter(deadline) ? SimpleState.LATE : SimpleState.ON_TIME;
            } else {
                states[i] = asOf.isAfter(deadline) ? SimpleState.OVERDUE : SimpleState.PENDING;
            }
        }
        return new Result(instances, states);
    }
}
