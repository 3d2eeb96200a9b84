package dev.pacta.core.engine;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.EventId;
import dev.pacta.core.model.Milestone;
import dev.pacta.core.model.MilestoneId;
import dev.pacta.core.model.Modality;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.ObligationId;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.model.Trigger;
import dev.pacta.core.money.Money;
import dev.pacta.core.report.Finding;
import dev.pacta.core.report.InstanceId;
import dev.pacta.core.report.Severity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What an evaluation knows so far (the bottom of the engine, under the rules and the event loop): the agreement as
 * amended, its obligations and their instances, milestones, payment balances, findings, and whether and how the
 * agreement ended; with indexes from event kinds and ids to the obligations they concern.
 *
 * <p>It is also the one way into an instance's live state: each write is a named transition that replaces the
 * instance's {@link Facts} and records the change, for the report cache (a rendered report holds while its facts are
 * the same record) and for a {@link ChangeTracker} following the evaluation. Rules decide; the event loop applies
 * their decisions through these transitions. Mutable and single-threaded; {@link #copy} gives an independent copy.
 */
final class Ledger {
    /** The agreement, as amended so far. */
    Agreement current;
    /** The start of the effective date. */
    final Instant effective;

    final Map<ObligationId, Obl> obls = new LinkedHashMap<>();
    final Map<MilestoneId, Ms> milestones = new LinkedHashMap<>();
    final List<Inst> all = new ArrayList<>();
    /** The events of the evaluation by number: the ledger names events by number (see {@link EventNames}). */
    final EventNames names;

    /**
     * The instances each event triggered, by the event's number: the instance itself when it is one (nearly always),
     * else a list of them, so that a triggering event costs a slot and not a list too; null for none. Read through
     * {@link #triggeredBy}.
     */
    private Object[] byTrigger = new Object[0];

    final List<Finding> findings = new ArrayList<>();
    final Map<BalanceKey, Balance> balances = new TreeMap<>();
    /** When and how the agreement ended (termination or end date), or null. */
    Instant endedAt;

    String endedText;

    /** Suspensions of work under a right that also hold the instances coming into force while they last. */
    final List<Hold> holds = new ArrayList<>(0);

    /** Amendments proposed and not yet accepted by every party, by the amendment event's id, in proposal order. */
    final Map<EventId, Proposal> proposals = new LinkedHashMap<>(0);

    /** When a termination with notice takes effect, while its notice runs (null if none), and it in words. */
    Instant terminationAt;

    String terminationText;

    /** Dispatch indexes over the obligations, so that an event touches only the obligations it concerns. */
    final Map<String, List<Obl>> mustByKind = new HashMap<>();

    final Map<String, List<Obl>> mustNotByKind = new HashMap<>();
    final Map<String, List<Obl>> onEvent = new HashMap<>();
    final Map<ObligationId, List<Obl>> onFulfilment = new HashMap<>();
    final Map<ObligationId, List<Obl>> onBreach = new HashMap<>();
    final Map<MilestoneId, List<Obl>> onMilestone = new HashMap<>();
    final Map<ObligationId, List<Obl>> dependents = new HashMap<>();
    final Set<PartyId> parties = new HashSet<>();

    Ledger(Agreement agreement, Instant effective, EventNames names) {
        this.current = agreement;
        this.effective = effective;
        this.names = names;
    }

    /** The mutable state of a milestone. */
    static final class Ms {
        final Milestone def;
        LocalDate target;
        Instant reachedAt;
        EventId reachedBy;
        List<String> notes = List.of();

        Ms(Milestone def) {
            this.def = def;
            this.target = def.target();
        }

        Ms copy() {
            Ms c = new Ms(def);
            c.target = target;
            c.reachedAt = reachedAt;
            c.reachedBy = reachedBy;
            c.notes = notes;
            return c;
        }
    }

    /**
     * A suspension of work under a right that covers an obligation (or every obligation) its holder owes the party in
     * breach: an instance of it that comes into force while the hold lasts comes into force suspended.
     *
     * @param by the holder, who suspended
     * @param counterparty the party in breach, to which the suspended work is owed
     * @param obligation the obligation held, or null for every obligation {@code by} owes {@code counterparty}
     * @param event the suspension
     * @param grant the breached instance whose right it exercises
     */
    record Hold(PartyId by, PartyId counterparty, ObligationId obligation, EventId event, InstanceId grant) {
        /** Whether the hold covers the instance. */
        boolean covers(Inst i) {
            Obligation def = i.obl.def;
            return def.obligor().equals(by)
                    && def.beneficiary().equals(counterparty)
                    && (obligation == null || obligation.equals(def.id()));
        }
    }

    /**
     * An amendment proposed and awaiting consent.
     *
     * @param event the amendment event
     * @param at its instant
     * @param consented the parties that have consented so far (its actor, its signatories, those that accepted)
     */
    record Proposal(dev.pacta.core.model.Event event, Instant at, List<PartyId> consented) {}

    /** Payer, payee and currency: the unit of conservation for payments. */
    record BalanceKey(PartyId payer, PartyId payee, String currency) implements Comparable<BalanceKey> {
        @Override
        public int compareTo(BalanceKey o) {
            int c = payer.compareTo(o.payer);
            c = c != 0 ? c : payee.compareTo(o.payee);
            return c != 0 ? c : currency.compareTo(o.currency);
        }
    }

    /** What a payer paid a payee in one currency, and what of it is held as credit. */
    static final class Balance {
        Money received;
        Money credit;
        EventId creditSource;
        /** The number of {@code creditSource} ({@link EventNames}). */
        int creditNumber = EventNames.NONE;

        Balance(java.util.Currency currency) {
            this.received = Money.zero(currency);
            this.credit = Money.zero(currency);
        }

        Balance copy() {
            Balance c = new Balance(received.currency());
            c.received = received;
            c.credit = credit;
            c.creditSource = creditSource;
            c.creditNumber = creditNumber;
            return c;
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Obligations and their indexes

    /** Adds an obligation (of the agreement, or of an amendment) and indexes it. */
    void add(Obl o) {
        obls.put(o.def.id(), o);
        index(o);
    }

    private static <K> void add(Map<K, List<Obl>> index, K key, Obl o) {
        index.computeIfAbsent(key, k -> new ArrayList<>(2)).add(o);
    }

    private void index(Obl o) {
        Obligation def = o.def;
        for (String kind : def.fulfillingKinds()) {
            add(def.modality() == Modality.MUST ? mustByKind : mustNotByKind, kind, o);
        }
        Trigger trigger = def.trigger();
        switch (trigger.kind()) {
            case ON_EVENT -> add(onEvent, ((Trigger.OnEvent) trigger).eventKind(), o);
            case ON_FULFILMENT -> add(onFulfilment, ((Trigger.OnFulfilment) trigger).obligation(), o);
            case ON_BREACH -> add(onBreach, ((Trigger.OnBreach) trigger).obligation(), o);
            case ON_MILESTONE -> add(onMilestone, ((Trigger.OnMilestone) trigger).milestone(), o);
            default -> {}
        }
        for (ObligationId p : def.prerequisites()) {
            add(dependents, p, o);
        }
        for (dev.pacta.core.model.Party p : current.parties()) {
            parties.add(p.id());
        }
    }

    /** The obligations an index holds for a key; an empty list for none. */
    static List<Obl> of(Map<?, List<Obl>> index, Object key) {
        List<Obl> found = index.get(key);
        return found == null ? List.of() : found;
    }

    /** A new instance, recorded in its obligation, the list of all, and by the event that triggered it. */
    void created(Inst i) {
        i.obl.instances.add(i);
        i.obl.owed.add(i);
        all.add(i);
        if (i.trigger != EventNames.NONE) {
            triggered(i);
        }
        note(i);
    }

    /** Records an instance under the event that triggered it. */
    @SuppressWarnings("unchecked")
    private void triggered(Inst i) {
        int n = i.trigger;
        if (n >= byTrigger.length) {
            byTrigger = java.util.Arrays.copyOf(byTrigger, Math.max(n + 1, byTrigger.length + (byTrigger.length >> 1)));
        }
        Object before = byTrigger[n];
        if (before == null) {
            byTrigger[n] = i;
            names.triggered(n);
        } else if (before instanceof Inst one) {
            List<Inst> many = new ArrayList<>(2);
            many.add(one);
            many.add(i);
            byTrigger[n] = many;
        } else {
            ((List<Inst>) before).add(i);
        }
    }

    /** The instances an event (by number) triggered, in creation order, or null if none. */
    @SuppressWarnings("unchecked")
    List<Inst> triggeredBy(int event) {
        Object found = event < 0 || event >= byTrigger.length ? null : byTrigger[event];
        return found instanceof Inst one ? List.of(one) : (List<Inst>) found;
    }

    /** Records a finding. */
    void finding(
            String code,
            Severity severity,
            PartyId party,
            InstanceId instance,
            List<EventId> evidence,
            String message) {
        Finding.Builder b =
                Finding.builder().code(code).severity(severity).message(message).evidence(evidence);
        if (party != null) {
            b.party(party);
        }
        if (instance != null) {
            b.instance(instance);
        }
        findings.add(b.build());
    }

    /**
     * An independent deep copy, without change tracking; {@code obls} and {@code insts} receive each original's copy
     * (for the event loop's queue).
     */
    Ledger copy(Map<Obl, Obl> oblMap, Map<Inst, Inst> instMap) {
        Ledger c = new Ledger(current, effective, names);
        for (Map.Entry<ObligationId, Obl> e : obls.entrySet()) {
            Obl copy = e.getValue().copyWithoutInstances();
            oblMap.put(e.getValue(), copy);
            c.add(copy);
        }
        for (Inst i : all) {
            Inst copy = i.copy(oblMap.get(i.obl));
            instMap.put(i, copy);
            copy.obl.instances.add(copy);
            copy.obl.owed.add(copy);
            c.all.add(copy);
        }
        for (Inst i : all) {
            if (i.cause != null) {
                instMap.get(i).cause = instMap.get(i.cause);
            }
        }
        for (Inst i : all) {
            if (i.trigger != EventNames.NONE) {
                c.triggered(instMap.get(i));
            }
        }
        for (Obl o : obls.values()) {
            oblMap.get(o).unsettledAs(o, instMap);
        }
        for (Map.Entry<MilestoneId, Ms> e : milestones.entrySet()) {
            c.milestones.put(e.getKey(), e.getValue().copy());
        }
        for (Map.Entry<BalanceKey, Balance> e : balances.entrySet()) {
            c.balances.put(e.getKey(), e.getValue().copy());
        }
        c.findings.addAll(findings);
        c.holds.addAll(holds);
        c.proposals.putAll(proposals);
        c.terminationAt = terminationAt;
        c.terminationText = terminationText;
        c.endedAt = endedAt;
        c.endedText = endedText;
        c.milestonesDirty = milestonesDirty;
        c.limitReached = limitReached;
        return c;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Transitions

    /**
     * The instances whose facts changed (or that were created) since a {@link ChangeTracker} last looked; null when
     * nothing tracks changes (full evaluations, copies), so that tracking costs nothing there.
     */
    List<Inst> touched;

    /** Whether an instance was fulfilled, waived or cancelled since milestones were last checked. */
    boolean milestonesDirty;

    /** Whether the evaluation reached its instance limit (and said so in a finding). */
    boolean limitReached;

    /**
     * The agreement as amended from {@code t}: new milestone targets (noted on each milestone), and removed obligations,
     * whose open instances not yet due are cancelled. The loop registers the obligations added.
     */
    void amend(
            Agreement amended, Map<MilestoneId, LocalDate> targets, List<ObligationId> removed, String by, Instant t) {
        current = amended;
        for (Map.Entry<MilestoneId, LocalDate> target : targets.entrySet()) {
            Ms ms = milestones.get(target.getKey());
            List<String> notes = new ArrayList<>(ms.notes);
            notes.add("target moved from " + Days.day(ms.target) + " to " + Days.day(target.getValue()) + " by " + by);
            ms.notes = List.copyOf(notes);
            ms.target = target.getValue();
        }
        for (ObligationId id : removed) {
            Obl o = obls.get(id);
            o.removedAt = t;
            o.removedReason = "removed by " + by;
            for (Inst i : o.instances) {
                Deadline d = i.facts().deadline();
                if (i.isOpen() && (d == null || t.isBefore(d.lateFrom()))) {
                    cancel(i, t, o.removedReason);
                }
            }
        }
        // The agreement's value (a late fee's base) may have changed: every breached instance may owe again.
        for (Obl o : obls.values()) {
            o.unsettleAll();
        }
        milestonesDirty = true;
    }

    /** The agreement ended at {@code t} (termination or end date), in words. */
    void end(Instant t, String text) {
        endedAt = t;
        endedText = text;
    }

    /** A milestone reached at an instant, by an event (or null). */
    void reach(Ms ms, Instant t, EventId event) {
        ms.reachedAt = t;
        ms.reachedBy = event;
    }

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

    /** Fulfilled by an event of a kind at {@code t}. */
    void fulfil(Inst i, Instant t, int by, String kind) {
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
    void breach(Inst i, Instant t, int act) {
        write(i, i.facts().breached(t, act));
        i.obl.unsettle(i);
    }

    /**
     * A rule found that a breached instance owes no charge and never will unless a transition changes it (its charges
     * are paid and can no longer grow, or it was released): off its obligation's list of the unsettled.
     */
    void settled(Inst i) {
        i.obl.settled(i);
    }

    /** Suspended by a party's event: as its beneficiary ({@code under} null), or under a right a breach granted. */
    void suspend(Inst i, Instant t, PartyId by, EventId event, InstanceId under) {
        write(i, i.facts().suspended(t, by, event, under));
    }

    /** A hold on work begins (it suspends the instances coming into force while it lasts). */
    void hold(Hold hold) {
        holds.add(hold);
    }

    /** An amendment proposed, or accepted by one more party (it replaces the proposal of the same event). */
    void propose(Proposal p) {
        proposals.put(p.event().id(), p);
    }

    /** An amendment is no longer pending: every party consented (or it turned out invalid). */
    void settle(EventId amendment) {
        proposals.remove(amendment);
    }

    /** Notice of termination was given: the agreement ends at {@code at}, in words. */
    void terminateAt(Instant at, String text) {
        terminationAt = at;
        terminationText = text;
    }

    /** A hold on work ends. */
    void release(Hold hold) {
        holds.remove(hold);
    }

    /**
     * Resumed, with its deadline moved by the suspended time (null if it stays: it has none, or it cannot be moved),
     * and what happened in words.
     */
    void resume(Inst i, Deadline moved, String adjustment) {
        Facts f = i.facts().suspended(null, null, null, null);
        f = f.moved(moved == null ? f.deadline() : moved, adjustment);
        if (moved != null) {
            i.version++;
        }
        write(i, f);
        deadlineMoved(i);
    }

    /** A new deadline (an extension), with the adjustment in words. */
    void moveDeadline(Inst i, Deadline to, String adjustment) {
        i.version++;
        write(i, i.facts().moved(to, adjustment));
        deadlineMoved(i);
    }

    /** A new deadline for excused delay: the units excused so far, and the stretches of delay that caused them. */
    void moveDeadline(Inst i, Deadline to, String adjustment, long excused, List<Inst.Seg> causes) {
        i.version++;
        write(i, i.facts().moved(to, adjustment).excusing(excused, causes));
        deadlineMoved(i);
    }

    /** A breached instance's deadline moved: what it is charged for lateness may change. */
    private static void deadlineMoved(Inst i) {
        if (i.facts().breachedAt() != null) {
            i.obl.unsettle(i);
        }
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

    /** An amount applied to one of its charges. */
    void payCharge(Inst i, Inst.ChargePaid payment) {
        write(i, i.facts().payingCharge(payment));
    }

    /** A notice given on it. */
    void notice(Inst i, Inst.Notice notice) {
        write(i, i.facts().noticed(notice));
    }
}
