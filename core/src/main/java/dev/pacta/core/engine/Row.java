package dev.pacta.core.engine;

import dev.pacta.core.model.Category;
import dev.pacta.core.model.EventId;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.report.InstanceId;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.report.InstanceState;
import dev.pacta.core.report.Lateness;
import dev.pacta.core.report.PaymentReport;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One instance's row of an engine report: a view of the instance's facts as of the report's instant. What the facts
 * hold (ids, dates, the state) is read from them; the figures that take work (lateness, money, blockers, attribution)
 * and the explanation are worked out when first read, or at once when the simulation goes on after the report.
 *
 * <p>Immutable and thread-safe: a lazy row's figures are worked out under its {@link Reporter}'s lock, from a
 * simulation that no longer changes.
 */
final class Row extends InstanceReport {
    /** The instance; only what never changes about it is read after construction. */
    private final Inst inst;

    private final Facts facts;
    private final InstanceState state;
    private final Instant fulfilledAt;
    /** The events the instance keeps by number, named when the row is made (the live columns go on growing). */
    private final EventId fulfilledBy;

    private final EventId triggeredBy;
    /** Works out the figures, under its own lock (the one lock of a lazy report); null for an eager row. */
    private final Reporter reporter;

    private volatile Reporter.Details details;
    private volatile String explanation;

    Row(Reporter reporter, Inst inst, InstanceState state, boolean lazy) {
        this.inst = inst;
        this.facts = inst.facts();
        this.state = state;
        this.fulfilledAt = inst.shownFulfilledAt();
        this.fulfilledBy = reporter.names().idOrNull(inst.shownFulfilledBy());
        this.triggeredBy = reporter.names().idOrNull(inst.trigger);
        inst.id(); // cached on the instance before the row is shared
        if (lazy) {
            this.reporter = reporter;
        } else {
            this.reporter = null;
            this.details = reporter.details(inst, state);
        }
    }

    private Reporter.Details details() {
        Reporter.Details d = details;
        if (d == null) {
            synchronized (reporter) {
                d = details;
                if (d == null) {
                    d = reporter.details(inst, state);
                    details = d;
                }
            }
        }
        return d;
    }

    @Override
    public InstanceId id() {
        return inst.id();
    }

    @Override
    public Category category() {
        return inst.obl.def.category();
    }

    @Override
    public PartyId obligor() {
        return inst.obl.def.obligor();
    }

    @Override
    public PartyId beneficiary() {
        return inst.obl.def.beneficiary();
    }

    @Override
    public InstanceState state() {
        return state;
    }

    @Override
    public Optional<Instant> inForceFrom() {
        return Optional.ofNullable(inst.inForce);
    }

    @Override
    public Optional<EventId> triggeredBy() {
        return Optional.ofNullable(triggeredBy);
    }

    @Override
    public Optional<LocalDate> dueDate() {
        Deadline d = facts.deadline();
        return d != null && d.isDate() ? Optional.of(d.date()) : Optional.empty();
    }

    @Override
    public Optional<Instant> dueAt() {
        Deadline d = facts.deadline();
        return d != null && !d.isDate() ? Optional.of(d.dueAt()) : Optional.empty();
    }

    @Override
    public Optional<Instant> fulfilledAt() {
        return Optional.ofNullable(fulfilledAt);
    }

    @Override
    public Optional<EventId> fulfilledBy() {
        return Optional.ofNullable(fulfilledBy);
    }

    @Override
    public Optional<Lateness> lateness() {
        return Optional.ofNullable(details().lateness());
    }

    @Override
    public List<EventId> notices() {
        return Reporter.notices(facts);
    }

    @Override
    public Optional<PaymentReport> payment() {
        return Optional.ofNullable(details().payment());
    }

    @Override
    public List<InstanceId> blockedBy() {
        return details().blockedBy();
    }

    @Override
    public Map<PartyId, Long> attribution() {
        return details().attribution();
    }

    @Override
    public long excusedDelay() {
        return facts.excused();
    }

    @Override
    public String explanation() {
        String text = explanation;
        if (text == null) {
            text = details().explanation().get();
            explanation = text;
        }
        return text;
    }

    @Override
    protected Supplier<String> explainer() {
        return this::explanation;
    }
}
