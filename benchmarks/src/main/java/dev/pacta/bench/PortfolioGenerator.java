package dev.pacta.bench;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.AgreementId;
import dev.pacta.core.model.Category;
import dev.pacta.core.model.DeadlineRule;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.EventId;
import dev.pacta.core.model.EventTime;
import dev.pacta.core.model.Modality;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.ObligationId;
import dev.pacta.core.model.Party;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.model.Role;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.model.Trigger;
import dev.pacta.core.money.Money;
import dev.pacta.core.time.BusinessCalendar;
import dev.pacta.core.time.BusinessDayConvention;
import dev.pacta.core.time.Recurrence;
import dev.pacta.core.time.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic, seeded generator of synthetic service-agreement portfolios.
 *
 * <p>Each agreement (two parties, one or two years long, starting in the first half of 2025) has:
 *
 * <ul>
 *   <li>a {@code MUST_NOT} confidentiality duty of the provider (breached in 2 % of agreements);
 *   <li>a monthly invoice ({@code PAYMENT}, 2,500 EUR, due 30 calendar days after each period starts), paid by
 *       {@code payment} events with an amount and a reference to the instance: 85 % on time, 10 % late, 5 % never;
 *   <li>two content duties of the client on the effective date with fixed dates (+14 and +28 days), grace 2
 *       business days: 70 % on time, 20 % late, 10 % never;
 *   <li>every fifth obligation a weekly check-in of the provider (recurring on Mondays, due in 4 calendar days,
 *       time-bound): 85 % held in the week, 5 % on the Saturday after (too late: fulfils nothing), 10 % missed;
 *   <li>the rest event-triggered duties, alternately client approvals of the provider's submissions (2-5 business
 *       days) and provider responses to the client's requests (1-3 business days): 80 % on time, 12 % late,
 *       8 % never; 1 % waived, 1 % extended by 3 business days, 2 % preceded by a notice and late; 30 % of
 *       fulfilments name the triggering event in {@code ref}.
 * </ul>
 *
 * Events are generated up to the portfolio's evaluation date only. The trigger rate of the event-triggered duties
 * is set so that the portfolio has about the number of events its {@link Size} asks for.
 *
 * <p>Agreement {@code i} depends only on the seed, the size and {@code i}, so large portfolios can be generated
 * one agreement at a time ({@link #agreement(Size, long, int)}).
 */
public final class PortfolioGenerator {
    /** The default seed. */
    public static final long SEED = 20260301L;

    /** Monday 2025-01-06: agreements start in the 180 days after it. */
    static final LocalDate BASE = LocalDate.of(2025, 1, 6);

    private static final ZoneId[] ZONES = {
        ZoneId.of("Europe/Madrid"), ZoneId.of("America/New_York"), ZoneId.of("UTC"), ZoneId.of("Europe/Berlin")
    };
    private static final BusinessCalendar CAL = BusinessCalendar.WEEKENDS;
    private static final PartyId CLIENT = PartyId.of("client");
    private static final PartyId PROVIDER = PartyId.of("provider");
    private static final Money INVOICE = Money.of("2500.00", "EUR");

    /** Portfolio sizes. */
    public enum Size {
        /** For smoke runs: 10 agreements × 10 obligations, ~2k events. */
        TINY(10, 10, 20, 1),
        /** 200 agreements × 20 obligations, ~100k events. */
        S(200, 20, 25, 1),
        /** S with agreements twice as long: twice the events per agreement (scaling). */
        S2(200, 20, 25, 2),
        /** 5,000 agreements × 30 obligations, ~3M events. */
        M(5_000, 30, 20, 1),
        /** 40,000 agreements × 50 obligations, ~40M events: generate agreement by agreement and stream. */
        L(40_000, 50, 20, 1);

        final int agreements;
        final int obligations;
        final int eventsPerObligationYear;
        final int years;

        Size(int agreements, int obligations, int eventsPerObligationYear, int years) {
            this.agreements = agreements;
            this.obligations = obligations;
            this.eventsPerObligationYear = eventsPerObligationYear;
            this.years = years;
        }

        /** @return the number of agreements */
        public int agreements() {
            return agreements;
        }

        /** @return the number of obligations of each agreement */
        public int obligations() {
            return obligations;
        }
    }

    private PortfolioGenerator() {}

    /**
     * The evaluation date of a portfolio: 90 days after the first agreements end, so that about half of the
     * agreements are finished and half still running.
     *
     * @param size the size
     * @return the date
     */
    public static LocalDate asOf(Size size) {
        return BASE.plusDays(365L * size.years + 90);
    }

    /**
     * Generates a whole portfolio in memory.
     *
     * @param size the size
     * @param seed the seed
     * @return the portfolio
     */
    public static Portfolio generate(Size size, long seed) {
        List<AgreementCase> cases = new ArrayList<>(size.agreements);
        for (int i = 0; i < size.agreements; i++) {
            cases.add(agreement(size, seed, i));
        }
        return new Portfolio(size, asOf(size), cases, seed);
    }

    /**
     * Generates agreement {@code index} of a portfolio.
     *
     * @param size the size
     * @param seed the seed
     * @param index the agreement's index, from 0
     * @return the agreement, its timeline and its simple-rule view
     */
    public static AgreementCase agreement(Size size, long seed, int index) {
        return new AgreementGen(size, seed, index).build();
    }

    /** A generated event before it is turned into a Pacta {@link Event}. */
    private record Ev(int seq, LocalDate date, Event event, String instance) {}

    private static final class AgreementGen {
        final Size size;
        final SplittableRandom rng;
        final String agreementId;
        final ZoneId zone;
        final LocalDate effective;
        final LocalDate end;
        final LocalDate last;
        final List<Obligation> obligations = new ArrayList<>();
        final List<Ev> events = new ArrayList<>();
        final List<SimpleInstance> instances = new ArrayList<>();
        int seq;

        AgreementGen(Size size, long seed, int index) {
            this.size = size;
            this.rng = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
            this.agreementId = String.format("ag-%05d", index);
            this.zone = ZONES[index % ZONES.length];
            this.effective = BASE.plusDays(rng.nextInt(181));
            this.end = effective.plusDays(365L * size.years - 1);
            LocalDate asOf = asOf(size);
            this.last = end.isBefore(asOf) ? end : asOf;
        }

        AgreementCase build() {
            int n = size.obligations;
            int checkIns = 0;
            for (int j = 4; j < n; j += 5) {
                checkIns++;
            }
            int onEvent = n - 4 - checkIns;
            double years = size.years;
            double fixed = 12 * years * 0.95 + 2 * 0.9 + checkIns * 52 * years * 0.9;
            double remaining = Math.max(n * size.eventsPerObligationYear * years - fixed, onEvent * 4.0);
            // Each trigger gives ~1.95 events; the expected active span is ~94 % of the nominal one (asOf cut).
            double triggersPerDay = remaining / onEvent / 1.95 / (365 * years * 0.94);

            confidentiality();
            invoice();
            content(2, 14);
            content(3, 28);
            for (int j = 4; j < n; j++) {
                if (j % 5 == 4) {
                    checkIn(j);
                } else if (j % 2 == 0) {
                    onEvent(j, true, triggersPerDay);
                } else {
                    onEvent(j, false, triggersPerDay);
                }
            }
            events.sort(Comparator.comparing(Ev::date).thenComparingInt(Ev::seq));
            List<Event> timeline = new ArrayList<>(events.size());
            List<SimpleEvent> simple = new ArrayList<>(events.size());
            for (Ev e : events) {
                timeline.add(e.event());
                simple.add(new SimpleEvent(
                        agreementId,
                        e.event().id().value(),
                        e.event().kind(),
                        e.event().actor().value(),
                        e.date(),
                        e.instance()));
            }
            Agreement agreement = Agreement.builder()
                    .id(AgreementId.of(agreementId))
                    .title("Service agreement " + agreementId)
                    .addParties(Party.builder()
                            .id(CLIENT)
                            .name("Client of " + agreementId)
                            .role(Role.CLIENT)
                            .contact("Ana Ruiz")
                            .build())
                    .addParties(Party.builder()
                            .id(PROVIDER)
                            .name("Provider")
                            .role(Role.PROVIDER)
                            .contact("Bo Lind")
                            .build())
                    .zone(zone)
                    .effectiveDate(effective)
                    .endDate(end)
                    .obligations(obligations)
                    .build();
            Timeline t = Timeline.builder()
                    .agreement(AgreementId.of(agreementId))
                    .events(timeline)
                    .build();
            return new AgreementCase(agreement, t, List.copyOf(instances), List.copyOf(simple));
        }

        // ----------------------------------------------------------------------------------------------------

        private Event.Builder event(LocalDate date, String kind, PartyId actor) {
            return Event.builder()
                    .id(EventId.of("e" + (seq + 1)))
                    .at(EventTime.of(date))
                    .kind(kind)
                    .actor(actor);
        }

        /** Adds an event if it happens on or before the last generated day; returns its id, or null. */
        private String add(LocalDate date, Event.Builder b) {
            return add(date, b, null);
        }

        /** Adds an event that fulfils an instance in the simple-rule view. */
        private String add(LocalDate date, Event.Builder b, String instance) {
            if (date.isAfter(last) || date.isBefore(effective)) {
                return null;
            }
            Event e = b.build();
            events.add(new Ev(seq++, date, e, instance));
            return e.id().value();
        }

        private void instance(String id, String kind, PartyId obligor, LocalDate inForce, LocalDate deadline) {
            instances.add(new SimpleInstance(agreementId, id, kind, obligor.value(), inForce, deadline));
        }

        private LocalDate day(LocalDate from, LocalDate toInclusive) {
            long span = ChronoUnit.DAYS.between(from, toInclusive);
            return span <= 0 ? from : from.plusDays(rng.nextLong(span + 1));
        }

        private void confidentiality() {
            obligations.add(Obligation.builder()
                    .id(ObligationId.of("confidentiality"))
                    .title("Keep the client's data confidential")
                    .category(Category.CONFIDENTIALITY)
                    .modality(Modality.MUST_NOT)
                    .obligor(PROVIDER)
                    .beneficiary(CLIENT)
                    .trigger(Trigger.onEffectiveDate())
                    .deadline(DeadlineRule.open())
                    .addFulfilledBy("data.disclosed")
                    .survivesTermination(true)
                    .build());
            if (rng.nextInt(100) < 2) {
                LocalDate at = day(effective, last);
                add(at, event(at, "data.disclosed", PROVIDER));
            }
        }

        private void invoice() {
            Recurrence monthly =
                    Recurrence.builder().frequency(Recurrence.Frequency.MONTHLY).build();
            obligations.add(Obligation.builder()
                    .id(ObligationId.of("invoice"))
                    .title("Pay the monthly invoice")
                    .category(Category.PAYMENT)
                    .obligor(CLIENT)
                    .beneficiary(PROVIDER)
                    .trigger(Trigger.recurring(monthly))
                    .deadline(DeadlineRule.ofCalendarDays(30))
                    .amount(INVOICE)
                    .build());
            for (int k = 1; ; k++) {
                LocalDate occ = monthly.occurrence(effective, k, CAL);
                if (occ.isAfter(last)) {
                    break;
                }
                LocalDate due = CAL.adjust(occ.plusDays(30), BusinessDayConvention.FOLLOWING);
                instance("invoice#" + k, "payment", CLIENT, occ, due);
                int u = rng.nextInt(100);
                LocalDate paid = u < 85 ? day(occ, due) : u < 95 ? day(due.plusDays(1), due.plusDays(15)) : null;
                if (paid != null) {
                    add(
                            paid,
                            event(paid, "payment", CLIENT)
                                    .ref("invoice#" + k)
                                    .amount(INVOICE)
                                    .payee(PROVIDER),
                            "invoice#" + k);
                }
            }
        }

        private void content(int j, int days) {
            String id = "content-" + j;
            String kind = "content.delivered." + j;
            LocalDate due = CAL.adjust(effective.plusDays(days), BusinessDayConvention.FOLLOWING);
            obligations.add(Obligation.builder()
                    .id(ObligationId.of(id))
                    .title("Provide content " + j)
                    .category(Category.RESOURCES)
                    .obligor(CLIENT)
                    .beneficiary(PROVIDER)
                    .trigger(Trigger.onEffectiveDate())
                    .deadline(DeadlineRule.onDate(due))
                    .grace(Span.ofBusinessDays(2))
                    .addFulfilledBy(kind)
                    .build());
            instance(id + "#1", kind, CLIENT, effective, due);
            int u = rng.nextInt(100);
            LocalDate at = u < 70 ? day(effective, due) : u < 90 ? day(due.plusDays(1), due.plusDays(10)) : null;
            if (at != null) {
                add(at, event(at, kind, CLIENT), id + "#1");
            }
        }

        private void checkIn(int j) {
            String id = "check-in-" + j;
            String kind = "check-in.held." + j;
            Recurrence weekly = Recurrence.builder()
                    .frequency(Recurrence.Frequency.WEEKLY)
                    .dayOfWeek(DayOfWeek.MONDAY)
                    .build();
            obligations.add(Obligation.builder()
                    .id(ObligationId.of(id))
                    .title("Weekly check-in " + j)
                    .category(Category.MEETING)
                    .obligor(PROVIDER)
                    .beneficiary(CLIENT)
                    .trigger(Trigger.recurring(weekly))
                    .deadline(DeadlineRule.ofCalendarDays(4))
                    .timeBound(true)
                    .addFulfilledBy(kind)
                    .build());
            for (int k = 1; ; k++) {
                LocalDate occ = weekly.occurrence(effective, k, CAL);
                if (occ.isAfter(last)) {
                    break;
                }
                LocalDate due = CAL.adjust(occ.plusDays(4), BusinessDayConvention.FOLLOWING);
                instance(id + "#" + k, kind, PROVIDER, occ, due);
                int u = rng.nextInt(100);
                LocalDate at = u < 85 ? day(occ, due) : u < 90 ? due.plusDays(1) : null;
                if (at != null) {
                    add(at, event(at, kind, PROVIDER), id + "#" + k);
                }
            }
        }

        private void onEvent(int j, boolean approval, double triggersPerDay) {
            String id = (approval ? "approve-" : "respond-") + j;
            String trigger = approval ? "deliverable.submitted." + j : "request.opened." + j;
            String kind = approval ? "deliverable.approved." + j : "request.answered." + j;
            PartyId obligor = approval ? CLIENT : PROVIDER;
            PartyId beneficiary = approval ? PROVIDER : CLIENT;
            int window = approval ? 2 + j % 4 : 1 + j % 3;
            obligations.add(Obligation.builder()
                    .id(ObligationId.of(id))
                    .title((approval ? "Approve deliverable " : "Answer request ") + j)
                    .category(approval ? Category.APPROVAL : Category.COMMUNICATION)
                    .obligor(obligor)
                    .beneficiary(beneficiary)
                    .trigger(Trigger.onEvent(trigger))
                    .deadline(DeadlineRule.ofBusinessDays(window))
                    .addFulfilledBy(kind)
                    .build());
            long days = ChronoUnit.DAYS.between(effective, last) + 1;
            int count = (int) Math.round(days * triggersPerDay * (0.8 + 0.4 * rng.nextDouble()));
            List<LocalDate> dates = new ArrayList<>(count);
            for (int k = 0; k < count; k++) {
                dates.add(day(effective, last));
            }
            dates.sort(null);
            int number = 0;
            for (LocalDate d : dates) {
                String tid = add(d, event(d, trigger, beneficiary));
                number++;
                String iid = id + "#" + number;
                LocalDate due = CAL.addBusinessDays(d, window);
                int u = rng.nextInt(100);
                if (u == 0) {
                    LocalDate w = d.plusDays(rng.nextInt(2));
                    add(w, event(w, "waiver", beneficiary).ref(tid));
                    continue; // waived: not in the simple-rule view
                }
                if (u == 1) {
                    LocalDate x = d.plusDays(1);
                    add(x, event(x, "extension", beneficiary).ref(tid).by(Span.ofBusinessDays(3)));
                    due = CAL.shift(due, 3);
                }
                LocalDate at;
                if (u == 2 || u == 3) {
                    LocalDate notice = d.plusDays(1);
                    add(notice, event(notice, "notice", obligor).ref(tid).note("running late"));
                    at = day(due.plusDays(1), due.plusDays(5));
                } else {
                    int v = rng.nextInt(100);
                    at = v < 80 ? day(d, due) : v < 92 ? day(due.plusDays(1), due.plusDays(5)) : null;
                }
                instance(iid, kind, obligor, d, due);
                if (at != null) {
                    Event.Builder b = event(at, kind, obligor);
                    if (rng.nextInt(10) < 3) {
                        b.ref(tid);
                    }
                    add(at, b, iid);
                }
            }
        }
    }
}
