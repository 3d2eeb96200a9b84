package dev.pacta.core.engine;

import dev.pacta.core.model.DeadlineRule;
import dev.pacta.core.model.EventId;
import dev.pacta.core.model.Modality;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.PartyId;
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
 * <p>It copies the instance's facts when made (they are immutable values, and lists that are replaced, never
 * changed, on write), so the simulation may go on, or be dropped, meanwhile. Formatting reads no simulation cache,
 * so it is safe on any thread.
 */
final class Explanation implements Supplier<String> {
    // The instance's facts, copied: an explanation keeps neither the instance nor, through it, its simulation.
    private final Obligation def;
    private final boolean mustNot;
    private final Anchor anchor;
    private final Deadline deadline;
    private final Deadline original;
    private final java.util.List<String> adjustments;
    private final java.util.List<Inst.Notice> noticeDetails;
    private final String fulfilledKind;
    private final EventId fulfilledBy;
    private final Instant fulfilledAt;
    private final EventId breachEvent;
    private final Instant breachedAt;
    private final EventId waivedBy;
    private final Instant waivedAt;
    private final PartyId suspendedBy;
    private final EventId suspendedEvent;
    private final Instant suspendedAt;
    private final String cancelReason;

    private final InstanceState state;
    private final Lateness lateness;
    private final Instant asOf;
    private final ZoneId zone;
    /** For a {@code BLOCKED} instance, what it waits on, in words (computed by the reporter, which knows). */
    private final String waitingOn;

    Explanation(Inst i, InstanceState state, Lateness lateness, Instant asOf, ZoneId zone, String waitingOn) {
        this.def = i.obl.def;
        this.mustNot = i.mustNot();
        this.anchor = i.anchor;
        this.deadline = i.deadline;
        this.original = i.original;
        this.adjustments = i.adjustments;
        this.noticeDetails = i.noticeDetails;
        this.fulfilledKind = i.fulfilledKind;
        this.fulfilledBy = i.fulfilledBy;
        this.fulfilledAt = i.fulfilledAt;
        this.breachEvent = i.breachEvent;
        this.breachedAt = i.breachedAt;
        this.waivedBy = i.waivedBy;
        this.waivedAt = i.waivedAt;
        this.suspendedBy = i.suspendedBy;
        this.suspendedEvent = i.suspendedEvent;
        this.suspendedAt = i.suspendedAt;
        this.cancelReason = i.cancelReason;
        this.state = state;
        this.lateness = lateness;
        this.asOf = asOf;
        this.zone = zone;
        this.waitingOn = waitingOn;
    }

    @Override
    public String get() {
        StringBuilder s = new StringBuilder(160);
        if (def.modality() == Modality.MUST_NOT) {
            s.append("must not ")
                    .append(String.join(" or ", def.fulfillingKinds()))
                    .append(" from ")
                    .append(anchor);
            if (deadline != null) {
                s.append(" through ").append(describeDue(deadline, zone));
            } else {
                s.append(def.survivesTermination() ? ", surviving termination" : ", with no end");
            }
        } else if (original == null) {
            s.append("in force from ").append(anchor).append("; no deadline");
        } else {
            s.append("due ").append(describeDue(original, zone)).append(": ").append(ruleText(def.deadline()));
            if (def.deadline().kind() == DeadlineRule.Kind.OFFSET) {
                s.append(" after ").append(anchor);
            }
            def.grace().ifPresent(g -> s.append("; grace ").append(g));
        }
        for (String adjustment : adjustments) {
            s.append("; ").append(adjustment);
        }
        for (Inst.Notice n : noticeDetails) {
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
                mustNot
                        ? "kept: window closed on " + describeDue(deadline, zone)
                        : fulfilledKind + " by " + fulfilledBy + " on " + day(fulfilledAt) + ", on time";
            case FULFILLED_LATE -> fulfilledKind + " by " + fulfilledBy + " on " + day(fulfilledAt) + ", " + lateness;
            case UPCOMING ->
                mustNot
                        ? "kept so far"
                        : "not fulfilled yet" + (deadline == null ? "" : ", due " + describeDue(deadline, zone));
            case OVERDUE ->
                "not fulfilled as of " + day(asOf) + ": " + lateness + " (grace until "
                        + day(deadline.breachFrom().minusNanos(1)) + ")";
            case BREACHED ->
                mustNot
                        ? "breached by " + breachEvent + " on " + day(breachedAt)
                        : "not fulfilled as of " + day(asOf) + ": breached on "
                                + day(breachedAt != null ? breachedAt : deadline.breachFrom()) + ", "
                                + lateness;
            case WAIVED -> "waived by " + def.beneficiary() + " (" + waivedBy + ", " + day(waivedAt) + ")";
            case SUSPENDED -> "suspended by " + suspendedBy + " (" + suspendedEvent + ", " + day(suspendedAt) + ")";
            case CANCELLED -> "cancelled: " + cancelReason;
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
