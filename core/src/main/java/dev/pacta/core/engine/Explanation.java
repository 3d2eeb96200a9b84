package dev.pacta.core.engine;

import dev.pacta.core.model.DeadlineRule;
import dev.pacta.core.model.Modality;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.report.InstanceState;
import dev.pacta.core.report.Lateness;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * An instance's explanation, put into words when {@link dev.pacta.core.report.InstanceReport#explanation()} is first
 * read: most reports are read for their states and figures, and formatting every explanation eagerly was a fifth of
 * an evaluation's time.
 *
 * <p>The instance must not change after this is made: the reporter passes either an instance of a simulation that
 * is discarded after the report, or a copy. Formatting reads no simulation cache, so it is safe on any thread.
 */
final class Explanation implements Supplier<String> {
    private final Inst i;
    private final InstanceState state;
    private final Lateness lateness;
    private final Instant asOf;
    private final ZoneId zone;
    /** For a {@code BLOCKED} instance, what it waits on, in words (computed by the reporter, which knows). */
    private final String waitingOn;

    Explanation(Inst i, InstanceState state, Lateness lateness, Instant asOf, ZoneId zone, String waitingOn) {
        this.i = i;
        this.state = state;
        this.lateness = lateness;
        this.asOf = asOf;
        this.zone = zone;
        this.waitingOn = waitingOn;
    }

    @Override
    public String get() {
        StringBuilder s = new StringBuilder(160);
        Obligation def = i.obl.def;
        if (def.modality() == Modality.MUST_NOT) {
            s.append("must not ")
                    .append(String.join(" or ", def.fulfillingKinds()))
                    .append(" from ")
                    .append(i.anchor);
            if (i.deadline != null) {
                s.append(" through ").append(describeDue(i.deadline, zone));
            } else {
                s.append(def.survivesTermination() ? ", surviving termination" : ", with no end");
            }
        } else if (i.original == null) {
            s.append("in force from ").append(i.anchor).append("; no deadline");
        } else {
            s.append("due ").append(describeDue(i.original, zone)).append(": ").append(ruleText(def.deadline()));
            if (def.deadline().kind() == DeadlineRule.Kind.OFFSET) {
                s.append(" after ").append(i.anchor);
            }
            def.grace().ifPresent(g -> s.append("; grace ").append(g));
        }
        for (String adjustment : i.adjustments) {
            s.append("; ").append(adjustment);
        }
        for (Inst.Notice n : i.noticeDetails) {
            s.append("; notice ")
                    .append(n.event())
                    .append(" by ")
                    .append(n.by())
                    .append(" on ")
                    .append(day(n.at()));
        }
        return s.append("; ").append(outcome()).toString();
    }

    private static String ruleText(DeadlineRule rule) {
        return switch (rule.kind()) {
            case FIXED_DATE -> "fixed date";
            case OPEN -> "open-ended";
            case OFFSET -> rule.offset().get().toString();
        };
    }

    private String outcome() {
        return switch (state) {
            case FULFILLED ->
                i.mustNot()
                        ? "kept: window closed on " + describeDue(i.deadline, zone)
                        : i.fulfilledKind + " by " + i.fulfilledBy + " on " + day(i.fulfilledAt) + ", on time";
            case FULFILLED_LATE ->
                i.fulfilledKind + " by " + i.fulfilledBy + " on " + day(i.fulfilledAt) + ", " + lateness;
            case UPCOMING ->
                i.mustNot()
                        ? "kept so far"
                        : "not fulfilled yet" + (i.deadline == null ? "" : ", due " + describeDue(i.deadline, zone));
            case OVERDUE ->
                "not fulfilled as of " + day(asOf) + ": " + lateness + " (grace until "
                        + day(i.deadline.breachFrom().minusNanos(1)) + ")";
            case BREACHED ->
                i.mustNot()
                        ? "breached by " + i.breachEvent + " on " + day(i.breachedAt)
                        : "not fulfilled as of " + day(asOf) + ": breached on "
                                + day(i.breachedAt != null ? i.breachedAt : i.deadline.breachFrom()) + ", "
                                + lateness;
            case WAIVED -> "waived by " + i.obl.def.beneficiary() + " (" + i.waivedBy + ", " + day(i.waivedAt) + ")";
            case SUSPENDED ->
                "suspended by " + i.suspendedBy + " (" + i.suspendedEvent + ", " + day(i.suspendedAt) + ")";
            case CANCELLED -> "cancelled: " + i.cancelReason;
            case BLOCKED -> "blocked as of " + day(asOf) + ": waiting on " + waitingOn;
            case NOT_TRIGGERED -> "not triggered";
        };
    }

    private String day(Instant t) {
        return Simulation.day(LocalDate.ofInstant(t, zone));
    }

    /** A deadline in words: its day, or the instant with the zone's offset for a time deadline. */
    static String describeDue(Deadline d, ZoneId zone) {
        return d.isDate()
                ? Simulation.day(d.date())
                : d.dueAt().atZone(zone).toOffsetDateTime().toString();
    }
}
