package dev.pacta.core.engine;

import dev.pacta.core.model.EventId;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.money.Money;
import java.time.Instant;
import java.util.List;

/**
 * The one way into an instance's live state: each write is a named transition that replaces the instance's
 * {@link Facts} and records the change, for the report cache (a rendered report holds while its facts are the same
 * record) and for a {@link ChangeTracker} following the evaluation. Rules decide; the event loop applies their
 * decisions through these transitions.
 */
final class Ledger {
    /**
     * The instances whose facts changed (or that were created) since a {@link ChangeTracker} last looked; null when
     * nothing tracks changes (full evaluations, copies), so that tracking costs nothing there.
     */
    List<Inst> touched;

    /** Whether an instance was fulfilled, waived or cancelled since milestones were last checked. */
    boolean milestonesDirty;

    /** Puts an instance on the list a {@link ChangeTracker} examines (created, changed, or due again). */
    void note(Inst i) {
        if (touched != null && !i.touched) {
            i.touched = true;
            touched.add(i);
        }
    }

    private void write(Inst i, Facts next) {
        i.replace(next);
        note(i);
    }

    /** A new instance. */
    void created(Inst i) {
        note(i);
    }

    /** Fulfilled by an event of a kind at {@code t}. */
    void fulfil(Inst i, Instant t, EventId by, String kind) {
        write(i, i.facts().fulfilled(t, by, kind));
        milestonesDirty = true;
    }

    /** Waived by the beneficiary. */
    void waive(Inst i, Instant t, EventId by) {
        write(i, i.facts().waived(t, by));
        milestonesDirty = true;
    }

    /** Cancelled (the agreement ended, or an amendment removed its obligation). */
    void cancel(Inst i, Instant t, String reason) {
        write(i, i.facts().cancelled(t, reason));
        milestonesDirty = true;
    }

    /** Breached at {@code t}: by time (grace ended), or by a prohibited act. */
    void breach(Inst i, Instant t, EventId act) {
        write(i, i.facts().breached(t, act));
    }

    /** Suspended by a party's event. */
    void suspend(Inst i, Instant t, PartyId by, EventId event) {
        write(i, i.facts().suspended(t, by, event));
    }

    /**
     * Resumed, with its deadline moved by the suspended time (null if it stays: it has none, or it cannot be moved),
     * and what happened in words.
     */
    void resume(Inst i, Deadline moved, String adjustment) {
        Facts f = i.facts().suspended(null, null, null);
        f = f.moved(moved == null ? f.deadline() : moved, adjustment);
        if (moved != null) {
            i.version++;
        }
        write(i, f);
    }

    /** A new deadline (an extension), with the adjustment in words. */
    void moveDeadline(Inst i, Deadline to, String adjustment) {
        i.version++;
        write(i, i.facts().moved(to, adjustment));
    }

    /** A new deadline for excused delay: the units excused so far, and the stretches of delay that caused them. */
    void moveDeadline(Inst i, Deadline to, String adjustment, long excused, List<Inst.Seg> causes) {
        i.version++;
        write(i, i.facts().moved(to, adjustment).excusing(excused, causes));
    }

    /** Due again (a prerequisite that blocked it was released): its breach is scheduled again. */
    void dueAgain(Inst i) {
        i.version++;
        note(i);
    }

    /** An amount applied (or null), and an amount carried forward as credit (or null). */
    void pay(Inst i, Inst.Paid payment, Money carry) {
        write(i, i.facts().paying(payment, carry));
    }

    /** A notice given on it. */
    void notice(Inst i, Inst.Notice notice) {
        write(i, i.facts().noticed(notice));
    }
}
