package dev.pacta.core.gen;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Amendment;
import dev.pacta.core.model.Category;
import dev.pacta.core.model.ControlKind;
import dev.pacta.core.model.DeadlineRule;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.EventId;
import dev.pacta.core.model.EventTime;
import dev.pacta.core.model.Milestone;
import dev.pacta.core.model.Modality;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.ObligationId;
import dev.pacta.core.model.Party;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.model.Trigger;
import dev.pacta.core.money.Money;
import dev.pacta.core.time.Span;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Interprets rows of dice as the steps of a realistic timeline for one agreement; see {@link ModelGen}. */
final class TimelineGenerator {
    /** An obligation instance the generator knows of. */
    private record Instance(
            Obligation obligation,
            int number,
            String triggerEvent,
            Instant anchor,
            Optional<LocalDate> due,
            boolean single) {
        boolean chained() {
            return anchor == null;
        }
    }

    /** An event under construction; {@code refTo} names an ON_EVENT instance by its triggering event. */
    private static final class Draft {
        final Event.Builder event;
        final String id;
        final Instant instant;
        final EventTime at;
        final List<String> intents = new ArrayList<>();
        ObligationId refObligation;
        String refTriggerEvent;

        Draft(String id, EventTime at, Instant instant, String kind, PartyId actor) {
            this.id = id;
            this.at = at;
            this.instant = instant;
            this.event = Event.builder().id(EventId.of(id)).at(at).kind(kind).actor(actor);
        }
    }

    private final Agreement agreement;
    private final ZoneId zone;
    private final LocalDate effective;
    private final List<Party> parties;
    /** Obligations added by amendments so far. */
    private final java.util.Set<ObligationId> added = new java.util.HashSet<>();

    private final List<Obligation> onEvent;
    private final List<Instance> instances = new ArrayList<>();
    private final List<Draft> drafts = new ArrayList<>();
    private int counter;

    private TimelineGenerator(Agreement agreement) {
        this.agreement = agreement;
        this.zone = agreement.zone();
        this.effective = agreement.effectiveDate();
        this.parties = agreement.parties();
        this.onEvent = agreement.obligations().stream()
                .filter(o -> o.trigger().kind() == Trigger.Kind.ON_EVENT)
                .toList();
        Instant start = effective.atStartOfDay(zone).toInstant();
        for (Obligation o : agreement.obligations()) {
            switch (o.trigger().kind()) {
                case ON_EFFECTIVE_DATE -> instances.add(new Instance(o, 1, null, start, due(o, start), true));
                case RECURRING -> {
                    List<LocalDate> dates = ApproxDeadlines.occurrences(
                            ((Trigger.Recurring) o.trigger()).recurrence(),
                            effective,
                            agreement.endDate(),
                            agreement.calendar(),
                            6);
                    for (int k = 0; k < dates.size(); k++) {
                        Instant anchor = dates.get(k).atStartOfDay(zone).toInstant();
                        instances.add(new Instance(o, k + 1, null, anchor, due(o, anchor), false));
                    }
                }
                case ON_MILESTONE, ON_FULFILMENT, ON_BREACH ->
                    instances.add(new Instance(o, 1, null, null, Optional.empty(), true));
                case ON_EVENT -> {
                    // instances come from triggering events
                }
            }
        }
    }

    static TimelineSample generate(Agreement agreement, List<Dice> steps) {
        TimelineGenerator g = new TimelineGenerator(agreement);
        for (Dice d : steps) {
            g.step(d);
        }
        return g.finish();
    }

    private Optional<LocalDate> due(Obligation o, Instant anchor) {
        return ApproxDeadlines.dueDate(o.deadline(), anchor, zone, agreement.calendar());
    }

    // ---------------------------------------------------------------- steps

    private void step(Dice d) {
        int kind = d.below(100);
        if (kind < 20 && !onEvent.isEmpty()) {
            trigger(d, d.pick(onEvent), null);
        } else if (kind < 55 && !instances.isEmpty()) {
            perform(d, d.pick(instances));
        } else if (kind < 62 && !onEvent.isEmpty()) {
            sameInstantReply(d);
        } else if (kind < 92) {
            control(d);
        } else {
            noise(d);
        }
    }

    /** A triggering event; it creates an instance of every ON_EVENT obligation of its kind. */
    private Draft trigger(Dice d, Obligation o, EventTime at) {
        String kind = eventKind(o);
        PartyId actor = d.chance(70) ? o.beneficiary() : d.pick(parties).id();
        EventTime time = at != null ? at : time(d, orDstDay(d, effective.plusDays(d.between(0, 120))));
        Draft t = draft(time, kind, actor, "trigger");
        for (Obligation p : onEvent) {
            if (eventKind(p).equals(kind)) {
                instances.add(new Instance(p, 0, t.id, t.instant, due(p, t.instant), false));
            }
        }
        return t;
    }

    /** The obligor (or, sometimes, another party) performs: fulfilment, payment or forbidden act. */
    private void perform(Dice d, Instance instance) {
        Obligation o = instance.obligation();
        String timing;
        EventTime at;
        if (o.modality() == Modality.MUST_NOT) {
            LocalDate base = instance.chained() ? effective : localDate(instance.anchor());
            at = time(d, base.plusDays(d.between(0, 60)));
            timing = "forbidden.act";
        } else if (instance.chained()) {
            at = time(d, effective.plusDays(d.between(0, 120)));
            timing = "fulfil.chained";
        } else if (instance.due().isEmpty()) {
            at = time(d, localDate(instance.anchor()).plusDays(d.between(0, 30)));
            timing = "fulfil.open-ended";
        } else if (isHours(o.deadline())) {
            Instant deadline = instance.anchor()
                    .plus(Duration.ofHours(
                            ((DeadlineRule.Within) o.deadline()).offset().amount()));
            int option = d.below(100);
            Instant when;
            if (option < 25) {
                long span = Duration.between(instance.anchor(), deadline).toMinutes();
                when = instance.anchor()
                        .plus(Duration.ofMinutes(span == 0 ? 0 : d.below((int) Math.min(span, 100_000))));
                timing = "fulfil.early";
            } else if (option < 40) {
                when = deadline;
                timing = "fulfil.at-cut-off";
            } else if (option < 52) {
                when = deadline.plus(Duration.ofMinutes(1));
                timing = "fulfil.just-late";
            } else if (option < 90 || !instance.anchor().isAfter(startOfEffectiveDate())) {
                when = deadline.plus(Duration.ofHours(d.between(1, 72)));
                timing = "fulfil.late";
            } else {
                when = instance.anchor().minus(Duration.ofHours(d.between(1, 48)));
                timing = "fulfil.before-in-force";
            }
            at = stamp(d, when);
        } else {
            LocalDate anchor = localDate(instance.anchor());
            LocalDate due = instance.due().orElseThrow();
            int option = d.below(100);
            if (option < 20) {
                long days = ChronoUnit.DAYS.between(anchor, due);
                at = time(d, anchor.plusDays(days <= 0 ? 0 : d.below((int) Math.min(days, 3650))));
                timing = "fulfil.early";
            } else if (option < 32) {
                at = EventTime.of(due);
                timing = "fulfil.on-due-date";
            } else if (option < 40) {
                at = stamp(d, due.atTime(LocalTime.of(23, 59)).atZone(zone).toInstant());
                timing = "fulfil.end-of-due-date";
            } else if (option < 52) {
                at = EventTime.of(due.plusDays(1));
                timing = "fulfil.just-late";
            } else if (option < 90 || !anchor.isAfter(effective)) {
                at = time(d, due.plusDays(d.between(2, 15)));
                timing = "fulfil.late";
            } else {
                at = EventTime.of(anchor.minusDays(
                        d.between(1, Math.min(5, (int) ChronoUnit.DAYS.between(effective, anchor)))));
                timing = "fulfil.before-in-force";
            }
        }
        boolean wrongParty = parties.size() > 1 && d.chance(12);
        PartyId actor = wrongParty ? other(d, o.obligor()) : o.obligor();
        boolean payment = o.category() == Category.PAYMENT && o.modality() == Modality.MUST;
        String kind = payment ? ControlKind.PAYMENT.kind() : d.pick(o.fulfillingKinds());
        Draft e = draft(at, kind, actor, timing);
        if (wrongParty) {
            e.intents.add("fulfil.wrong-party");
        }
        if (payment) {
            pay(d, e, o);
        }
        refInstance(d, e, instance, o.modality() == Modality.MUST_NOT ? 20 : 60);
    }

    private void pay(Dice d, Draft e, Obligation o) {
        Money full = amount(o);
        Currency currency = full.currency();
        int scale = Math.max(0, currency.getDefaultFractionDigits());
        int option = d.below(100);
        Money paid;
        String intent;
        if (option < 55) {
            paid = full;
            intent = "payment.full";
        } else if (option < 72) {
            BigDecimal half = full.amount().divide(BigDecimal.valueOf(2), scale, RoundingMode.DOWN);
            paid = half.signum() > 0 ? Money.of(half, currency) : full;
            intent = half.signum() > 0 ? "payment.partial" : "payment.full";
        } else if (option < 87) {
            paid = Money.of(
                    full.amount().multiply(new BigDecimal("1.5")).setScale(scale, RoundingMode.HALF_UP), currency);
            intent = "payment.over";
        } else {
            List<String> others = ModelGen.CURRENCIES.stream()
                    .filter(c -> !c.equals(currency.getCurrencyCode()))
                    .toList();
            Currency other = Currency.getInstance(d.pick(others));
            BigDecimal amount = full.amount().setScale(other.getDefaultFractionDigits(), RoundingMode.HALF_UP);
            paid = Money.of(amount.signum() > 0 ? amount : BigDecimal.ONE, other);
            intent = "payment.wrong-currency";
        }
        e.event.amount(paid);
        e.intents.add(intent);
        if (d.chance(20)) {
            e.event.payee(o.beneficiary());
        }
    }

    /** The amount an instance of a payment obligation asks for. */
    private Money amount(Obligation o) {
        if (o.amount().isPresent()) {
            return o.amount().get();
        }
        Money value = agreement.value().orElseThrow();
        BigDecimal share = value.amount()
                .multiply(o.percentOfValue().orElseThrow())
                .divide(BigDecimal.valueOf(100), value.amount().scale(), RoundingMode.HALF_UP);
        return Money.of(share.signum() > 0 ? share : value.amount(), value.currency());
    }

    /** A trigger and its reply at the same instant, the reply listed first with a ref to the trigger. */
    private void sameInstantReply(Dice d) {
        Obligation o = d.pick(onEvent);
        EventTime at = time(d, effective.plusDays(d.between(0, 120)));
        boolean payment = o.category() == Category.PAYMENT;
        String kind = payment ? ControlKind.PAYMENT.kind() : d.pick(o.fulfillingKinds());
        Draft reply = draft(at, kind, o.obligor(), "tie.ref-listed-first");
        reply.intents.add(o.modality() == Modality.MUST_NOT ? "forbidden.act" : "fulfil.early");
        if (payment) {
            pay(d, reply, o);
        }
        Draft t = trigger(d, o, at);
        reply.event.ref(t.id);
    }

    private void control(Dice d) {
        int kind = d.below(100);
        List<Instance> open = instances.stream().filter(i -> !i.chained()).toList();
        Instance target = open.isEmpty() ? null : d.pick(open);
        if (target == null || kind >= 92) {
            if (kind % 2 == 0
                    || agreement.obligations().size() < 2
                            && agreement.milestones().isEmpty()) {
                termination(d);
            } else {
                amendment(d);
            }
            return;
        }
        Obligation o = target.obligation();
        LocalDate anchor = localDate(target.anchor());
        LocalDate due = target.due().orElse(anchor.plusDays(30));
        long window = Math.max(0, ChronoUnit.DAYS.between(anchor, due));
        if (kind < 20) {
            boolean byBeneficiary = d.chance(75);
            Draft e = draft(
                    time(d, anchor.plusDays(d.below((int) window + 4))),
                    ControlKind.WAIVER.kind(),
                    byBeneficiary ? o.beneficiary() : o.obligor(),
                    "control.waiver.by-" + (byBeneficiary ? "beneficiary" : "obligor"));
            refInstance(d, e, target, 100);
        } else if (kind < 42) {
            boolean byBeneficiary = d.chance(85);
            boolean until = d.chance(50);
            LocalDate when = d.chance(80) ? anchor.plusDays(d.below((int) window + 1)) : due.plusDays(d.between(1, 5));
            Draft e = draft(
                    time(d, when),
                    ControlKind.EXTENSION.kind(),
                    byBeneficiary ? o.beneficiary() : o.obligor(),
                    "control.extension." + (until ? "until" : "by") + ".by-"
                            + (byBeneficiary ? "beneficiary" : "obligor"));
            if (until) {
                e.event.until(due.plusDays(d.between(1, 10)));
            } else {
                Span.Unit unit = o.deadline().latenessUnit();
                e.event.by(new Span(d.between(1, 5), d.chance(70) ? unit : Span.Unit.CALENDAR_DAYS));
            }
            refInstance(d, e, target, 100);
        } else if (kind < 58) {
            boolean byBeneficiary = d.chance(80);
            PartyId actor = byBeneficiary ? o.beneficiary() : o.obligor();
            LocalDate from = anchor.plusDays(d.below((int) window + 1));
            Draft s = draft(
                    time(d, from),
                    ControlKind.SUSPENSION.kind(),
                    actor,
                    "control.suspension.by-" + (byBeneficiary ? "beneficiary" : "obligor"));
            // The obligor suspends its own work: under a right to suspend work if a breach granted it one (all its
            // work owed to the party in breach when it names nothing), else ignored as unauthorised.
            boolean allWork = !byBeneficiary && d.chance(50);
            boolean wholeObligation = !allWork && d.chance(30);
            if (allWork) {
                s.intents.add("control.suspension.of-all-work");
            } else if (wholeObligation) {
                s.event.ref(o.id().value());
            } else {
                refInstance(d, s, target, 100);
            }
            if (d.chance(75)) {
                Draft r = draft(
                        time(d, from.plusDays(d.between(1, 10))),
                        ControlKind.RESUMPTION.kind(),
                        actor,
                        "control.resumption.by-" + (byBeneficiary ? "beneficiary" : "obligor"));
                if (allWork) {
                    // No ref: the holder ends every suspension it made under a right.
                } else if (d.chance(30)) {
                    r.event.ref(s.id);
                } else if (wholeObligation) {
                    r.event.ref(o.id().value());
                } else {
                    refInstance(d, r, target, 100);
                }
            } else {
                s.intents.add("control.suspension.never-resumed");
            }
        } else if (kind < 64 && exerciseRight(d)) {
            return;
        } else if (kind < 80) {
            LocalDate when = anchor.plusDays(d.below((int) window + 1));
            Draft e = draft(time(d, when), ControlKind.NOTICE.kind(), o.obligor(), "control.notice.by-obligor");
            e.event.note(d.pick(List.of("delay expected: waiting on content", "illness in the team", "heads-up")));
            refInstance(d, e, target, 100);
        } else if (kind < 88) {
            amendment(d);
        } else {
            termination(d);
        }
    }

    /**
     * The beneficiary of an instance whose breach grants a right exercises it a few days after the instance was due
     * (when it was breached, if it was): suspends its work owed to the obligor (all of it, or one obligation), and
     * mostly resumes later; or terminates. False if no instance with a due date grants a right.
     */
    private boolean exerciseRight(Dice d) {
        List<Instance> granting = instances.stream()
                .filter(i -> !i.chained()
                        && i.due().isPresent()
                        && i.obligation().remedies().stream()
                                .anyMatch(r -> r.kind() == dev.pacta.core.model.Remedy.Kind.RIGHT))
                .toList();
        if (granting.isEmpty()) {
            return false;
        }
        Instance g = d.pick(granting);
        Obligation o = g.obligation();
        List<String> rights = o.remedies().stream()
                .filter(r -> r instanceof dev.pacta.core.model.Remedy.Right)
                .map(r -> ((dev.pacta.core.model.Remedy.Right) r).right())
                .toList();
        String right = d.pick(rights);
        LocalDate from = g.due().get().plusDays(d.between(1, 12));
        if (right.equals(dev.pacta.core.model.Remedy.TERMINATE)) {
            draft(time(d, from), ControlKind.TERMINATION.kind(), o.beneficiary(), "control.termination.under-right");
            return true;
        }
        Draft s =
                draft(time(d, from), ControlKind.SUSPENSION.kind(), o.beneficiary(), "control.suspension.under-right");
        List<Obligation> owed = agreement.obligations().stream()
                .filter(w ->
                        w.obligor().equals(o.beneficiary()) && w.beneficiary().equals(o.obligor()))
                .toList();
        if (!owed.isEmpty() && d.chance(30)) {
            s.event.ref(d.pick(owed).id().value());
        }
        if (d.chance(70)) {
            Draft r = draft(
                    time(d, from.plusDays(d.between(1, 20))),
                    ControlKind.RESUMPTION.kind(),
                    o.beneficiary(),
                    "control.resumption.under-right");
            if (d.chance(30)) {
                r.event.ref(s.id);
            }
        }
        return true;
    }

    /**
     * A termination for convenience: mostly by a party a termination clause lets terminate (when the agreement has
     * one), else by either of the first two parties, which is ignored unless it holds a right to terminate.
     */
    private void termination(Dice d) {
        List<PartyId> allowed = agreement.terminationClauses().stream()
                .flatMap(c -> parties.stream().map(Party::id).filter(c::allows))
                .distinct()
                .toList();
        boolean byClause = !allowed.isEmpty() && d.chance(80);
        Draft e = draft(
                time(d, effective.plusDays(d.between(20, 150))),
                ControlKind.TERMINATION.kind(),
                byClause
                        ? d.pick(allowed)
                        : parties.get(d.below(Math.min(2, parties.size()))).id(),
                byClause ? "control.termination.under-clause" : "control.termination.by-party");
        e.event.note("termination for convenience");
    }

    private void amendment(Dice d) {
        Amendment.Builder change = Amendment.builder();
        boolean changed = false;
        if (!agreement.milestones().isEmpty() && d.chance(70)) {
            Milestone m = d.pick(agreement.milestones());
            change.putMilestoneTargets(m.id(), m.target().plusDays(d.between(7, 30)));
            changed = true;
        }
        if (agreement.obligations().size() > 1 && (!changed || d.chance(30))) {
            change.addRemoveObligations(d.pick(agreement.obligations()).id());
            changed = true;
        }
        if (d.chance(25)) {
            // A new obligation like an existing one, under a new id (an amendment adds at most one, once).
            Obligation like = d.pick(agreement.obligations());
            ObligationId id = ObligationId.of(like.id().value() + "-amended");
            if (d.chance(15)) {
                // Reusing an id, even a removed one's, is an invalid amendment: ignored with a finding.
                change.addAddObligations(Obligation.builder().from(like).build());
                changed = true;
            } else if (added.add(id)) {
                change.addAddObligations(Obligation.builder().from(like).id(id).build());
                changed = true;
            }
        }
        if (!changed) {
            termination(d);
            return;
        }
        PartyId actor = parties.get(d.below(Math.min(2, parties.size()))).id();
        List<PartyId> others =
                parties.stream().map(Party::id).filter(p -> !p.equals(actor)).toList();
        // Consent (issue 19): mostly signed by every party; else proposed and accepted later, or left unilateral.
        int consent = d.below(100);
        String how = consent < 50 ? "signed" : consent < 85 ? "accepted" : "unilateral";
        if (consent < 50) {
            change.signedBy(others);
        }
        LocalDate day = effective.plusDays(d.between(10, 120));
        Draft e = draft(time(d, day), ControlKind.AMENDMENT.kind(), actor, "control.amendment." + how);
        e.event.amendment(change.build());
        if (consent >= 50 && consent < 85) {
            LocalDate accepted = day;
            for (PartyId other : others) {
                accepted = accepted.plusDays(d.between(0, 7));
                Draft a = draft(time(d, accepted), ControlKind.ACCEPTANCE.kind(), other, "control.acceptance");
                a.event.ref(e.id);
            }
        }
    }

    private void noise(Dice d) {
        boolean tie = !drafts.isEmpty() && d.chance(50);
        EventTime at =
                tie ? drafts.get(drafts.size() - 1).at : time(d, orDstDay(d, effective.plusDays(d.between(0, 150))));
        Draft e = draft(
                at,
                d.pick(List.of("chat.message", "status.viewed")),
                d.pick(parties).id(),
                "noise");
        if (tie) {
            e.intents.add("tie.same-instant");
        }
        if (!drafts.isEmpty() && d.chance(30)) {
            e.event.ref(drafts.get(d.below(drafts.size() - 1)).id);
        }
    }

    // ---------------------------------------------------------------- refs, times, finishing

    /** Refers to an instance ({@code o#n}, or {@code o} for single instances), its triggering event, or its obligation. */
    private void refInstance(Dice d, Draft e, Instance instance, int percent) {
        if (!d.chance(percent)) {
            return;
        }
        String obligation = instance.obligation().id().value();
        int option = d.below(100);
        if (instance.triggerEvent() != null && option < 25) {
            e.event.ref(instance.triggerEvent());
        } else if (option < 85) {
            if (instance.triggerEvent() != null) {
                e.refObligation = instance.obligation().id();
                e.refTriggerEvent = instance.triggerEvent();
            } else if (instance.single() && d.chance(70)) {
                e.event.ref(obligation);
            } else {
                e.event.ref(obligation + "#" + instance.number());
            }
        } else {
            e.event.ref(obligation);
        }
    }

    private Draft draft(EventTime at, String kind, PartyId actor, String intent) {
        Draft draft = new Draft("e" + (++counter), at, at.toInstant(zone), kind, actor);
        draft.intents.add(intent);
        drafts.add(draft);
        return draft;
    }

    /** A date-only time (three times in four) or a timestamp on that local date, in the zone's offset or in UTC. */
    private EventTime time(Dice d, LocalDate date) {
        if (!d.chance(25)) {
            return EventTime.of(date);
        }
        LocalTime time = LocalTime.of(d.below(24), 15 * d.below(4));
        return stamp(d, date.atTime(time).atZone(zone).toInstant());
    }

    /**
     * One time in five, the zone's first DST day within 150 days of the effective date instead of {@code date}, so
     * that triggers (and the deadlines they anchor) and other events land on days of 23 or 25 hours.
     */
    private LocalDate orDstDay(Dice d, LocalDate date) {
        if (!d.chance(20)) {
            return date;
        }
        ZoneOffsetTransition next = zone.getRules().nextTransition(startOfEffectiveDate());
        if (next == null) {
            return date;
        }
        LocalDate day = next.getInstant().atZone(zone).toLocalDate();
        return day.isAfter(effective.plusDays(150)) ? date : day;
    }

    private EventTime stamp(Dice d, Instant instant) {
        OffsetDateTime local = instant.atZone(zone).toOffsetDateTime();
        return EventTime.of(d.chance(50) ? local.withOffsetSameInstant(ZoneOffset.UTC) : local);
    }

    private LocalDate localDate(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    private Instant startOfEffectiveDate() {
        return effective.atStartOfDay(zone).toInstant();
    }

    private PartyId other(Dice d, PartyId party) {
        List<PartyId> others =
                parties.stream().map(Party::id).filter(p -> !p.equals(party)).toList();
        return d.pick(others);
    }

    private static boolean isHours(DeadlineRule rule) {
        return rule instanceof DeadlineRule.Within w && w.offset().unit() == Span.Unit.HOURS;
    }

    /** The event kind of an {@code ON_EVENT} obligation. */
    private static String eventKind(Obligation o) {
        return ((Trigger.OnEvent) o.trigger()).eventKind();
    }

    /**
     * Lists the events in time order (same-instant events keep generation order) and resolves refs to ON_EVENT
     * instances into {@code o#n}, numbering each obligation's instances in the engine's timeline order.
     */
    private TimelineSample finish() {
        List<Draft> sorted = new ArrayList<>(drafts);
        sorted.sort(Comparator.comparing(dr -> dr.instant)); // stable
        Timeline provisional = Timeline.builder()
                .agreement(agreement.id())
                .events(sorted.stream().map(dr -> dr.event.build()).toList())
                .build();
        Map<String, Integer> numbers = new HashMap<>();
        Map<ObligationId, Integer> counts = new HashMap<>();
        for (Event e : provisional.ordered(zone)) {
            for (Obligation o : onEvent) {
                if (eventKind(o).equals(e.kind())) {
                    int n = counts.merge(o.id(), 1, Integer::sum);
                    numbers.put(o.id().value() + "@" + e.id().value(), n);
                }
            }
        }
        List<Event> events = new ArrayList<>();
        Map<EventId, List<String>> intents = new LinkedHashMap<>();
        for (Draft dr : sorted) {
            if (dr.refObligation != null) {
                Integer n = numbers.get(dr.refObligation.value() + "@" + dr.refTriggerEvent);
                dr.event.ref(dr.refObligation.value() + "#" + (n == null ? 1 : n));
            }
            events.add(dr.event.build());
            intents.put(EventId.of(dr.id), List.copyOf(dr.intents));
        }
        Timeline timeline =
                Timeline.builder().agreement(agreement.id()).events(events).build();
        return new TimelineSample(timeline, intents);
    }
}
