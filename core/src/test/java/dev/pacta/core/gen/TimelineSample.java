package dev.pacta.core.gen;

import dev.pacta.core.model.EventId;
import dev.pacta.core.model.Timeline;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A generated timeline with the intents behind each of its events, e.g. {@code [payment.partial, fulfil.late]} or
 * {@code [control.waiver.by-obligor]}.
 *
 * <p>An intent is what the generator aimed for, computed with a simplified deadline model (the built-in calendars, no
 * extensions, suspensions or excused delay): use intents to check that generators reach interesting cases
 * (with {@link Coverage}) or to select events, never as the expected result of an evaluation.
 *
 * <p>Intents: {@code trigger}; {@code fulfil.early}, {@code fulfil.on-due-date}, {@code fulfil.end-of-due-date} (23:59 local),
 * {@code fulfil.at-cut-off} (exactly at an hour deadline),
 * {@code fulfil.just-late}, {@code fulfil.late}, {@code fulfil.before-in-force}, {@code fulfil.open-ended},
 * {@code fulfil.chained} (the instance's anchor is not known to the generator), {@code fulfil.wrong-party};
 * {@code payment.full}, {@code payment.partial}, {@code payment.over}, {@code payment.wrong-currency};
 * {@code forbidden.act}; {@code control.<kind>.by-<beneficiary|obligor|party>} for waiver, extension (with
 * {@code .until} or {@code .by}), suspension, resumption, termination, notice, amendment, and
 * {@code control.suspension.never-resumed}; {@code tie.ref-listed-first} (a reply listed before the same-instant event
 * it refers to), {@code tie.same-instant}; {@code noise}; {@code dependency} (an event of the dependency that {@link
 * ModelGen#agreementsWithDependencies()} adds).
 *
 * @param timeline the timeline
 * @param intents the intents of every event (one or more tags), by event id
 */
public record TimelineSample(Timeline timeline, Map<EventId, List<String>> intents) {
    /** Copies the intents. */
    public TimelineSample {
        Objects.requireNonNull(timeline, "timeline");
        intents = Map.copyOf(intents);
    }
}
