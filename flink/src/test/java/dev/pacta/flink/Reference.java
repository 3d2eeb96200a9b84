package dev.pacta.flink;

import dev.pacta.core.engine.ComplianceEngine;
import dev.pacta.core.engine.Evaluation;
import dev.pacta.core.gen.ModelGen;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.report.InstanceChange;
import dev.pacta.core.report.InstanceReport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one JVM emits for an agreement: a single {@link Evaluation} fed the events in event-time order, and advanced to
 * each next change up to the end of time, with the changes polled after each instant. The job must emit the same.
 */
final class Reference {
    static final ComplianceEngine ENGINE =
            ComplianceEngine.builder().calendars(ModelGen.CALENDARS).build();

    private Reference() {}

    static List<AgreementChange> changes(Agreement a, Timeline timeline, Instant until) {
        TreeMap<Instant, List<Event>> byInstant = new TreeMap<>();
        for (Event e : timeline.events()) {
            byInstant
                    .computeIfAbsent(Instant.ofEpochMilli(TaggedEvent.of(a, e).timestamp()), k -> new ArrayList<>())
                    .add(e);
        }
        Evaluation ev = ENGINE.start(a);
        List<AgreementChange> out = new ArrayList<>();
        Map<String, Integer> sequences = new HashMap<>();
        Instant clock = null;
        Instant next = ev.report(
                        a.effectiveDate().atStartOfDay(a.zone()).toInstant().minusNanos(1))
                .nextChange()
                .orElse(null);
        while (true) {
            Instant release = byInstant.isEmpty() ? null : byInstant.firstKey();
            Instant change = next != null && !next.isAfter(until) ? next : null;
            Instant t = release == null || (change != null && change.isBefore(release)) ? change : release;
            if (t == null) {
                return out;
            }
            Instant now = clock;
            if (t.equals(release)) {
                for (Event e : Timeline.of(byInstant.remove(release)).ordered(a.zone())) {
                    ev.append(e);
                    Instant at = e.at().toInstant(a.zone());
                    now = now == null || at.isAfter(now) ? at : now;
                }
            }
            if (now == null || t.isAfter(now)) {
                ev.advanceTo(t);
                now = t;
            }
            if (!now.equals(clock)) {
                sequences.clear();
            }
            clock = now;
            for (InstanceChange c : ev.pollChanges().instances()) {
                String instance = c.instance().toString();
                int sequence = sequences.merge(instance, 1, Integer::sum) - 1;
                out.add(new AgreementChange(
                        a.id().value(),
                        instance,
                        c.before().map(Enum::name).orElse(null),
                        c.after().map(Enum::name).orElse(null),
                        now,
                        c.report().map(InstanceReport::explanation).orElse(""),
                        sequence,
                        false));
            }
            next = ev.report(now).nextChange().orElse(null);
        }
    }
}
