package dev.pacta.json;

import dev.pacta.core.engine.ComplianceEngine;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.AgreementId;
import dev.pacta.core.model.Amendment;
import dev.pacta.core.model.Category;
import dev.pacta.core.model.DeadlineRule;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.EventId;
import dev.pacta.core.model.EventTime;
import dev.pacta.core.model.Milestone;
import dev.pacta.core.model.MilestoneId;
import dev.pacta.core.model.Modality;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.ObligationId;
import dev.pacta.core.model.Party;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.model.Remedy;
import dev.pacta.core.model.Role;
import dev.pacta.core.model.TerminationClause;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.model.Trigger;
import dev.pacta.core.money.Money;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.time.BusinessCalendar;
import dev.pacta.core.time.BusinessDayConvention;
import dev.pacta.core.time.CalendarId;
import dev.pacta.core.time.CalendarSource;
import dev.pacta.core.time.LocalDateRange;
import dev.pacta.core.time.Recurrence;
import dev.pacta.core.time.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/** The golden documents and the values they must read as, built in Java. */
final class Golden {
    static final String AGREEMENT_FILE = "golden/web-redesign.agreement.json";
    static final String TIMELINE_FILE = "golden/web-redesign.timeline.json";
    static final String REPORT_FILE = "golden/web-redesign.report.json";

    /** The day the golden report is evaluated at (its end, in Madrid). */
    static final LocalDate REPORT_DATE = LocalDate.of(2026, 5, 15);

    private Golden() {}

    static String text(String resource) {
        try (InputStream in = Golden.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The Madrid business calendar of 2026 that the golden agreement names ({@code ES-MD}): weekends, and the national
     * and regional holidays of the first half of the year.
     */
    static CalendarSource calendars() {
        BusinessCalendar madrid = BusinessCalendar.builder()
                .name("Madrid 2026")
                .weekendDays(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)
                .addHoliday(LocalDate.of(2026, 1, 1))
                .addHoliday(LocalDate.of(2026, 1, 6))
                .addHoliday(LocalDate.of(2026, 4, 2))
                .addHoliday(LocalDate.of(2026, 4, 3))
                .addHoliday(LocalDate.of(2026, 5, 1))
                .addHoliday(LocalDate.of(2026, 5, 15))
                .addHoliday(LocalDate.of(2026, 8, 15))
                .addHoliday(LocalDate.of(2026, 10, 12))
                .addHoliday(LocalDate.of(2026, 12, 8))
                .addHoliday(LocalDate.of(2026, 12, 25))
                .covering(LocalDateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)))
                .build();
        return CalendarSource.of(Map.of(CalendarId.of("ES-MD"), madrid));
    }

    /** The engine the golden report is evaluated with. */
    static ComplianceEngine engine() {
        return ComplianceEngine.of(calendars());
    }

    /** The golden agreement and timeline evaluated as of the end of {@link #REPORT_DATE}. */
    static ComplianceReport report() {
        return engine().evaluate(agreement(), timeline(), REPORT_DATE);
    }

    private static PartyId party(String id) {
        return PartyId.of(id);
    }

    private static ObligationId ob(String id) {
        return ObligationId.of(id);
    }

    /** A web-development agreement between a bakery and a studio. */
    static Agreement agreement() {
        PartyId bakery = party("bakery");
        PartyId studio = party("studio");
        return Agreement.builder()
                .id(AgreementId.of("web-2026"))
                .title("Bakery website redesign")
                .zone(ZoneId.of("Europe/Madrid"))
                .calendar(CalendarId.of("ES-MD"))
                .effectiveDate(LocalDate.of(2026, 3, 2))
                .endDate(LocalDate.of(2026, 12, 31))
                .value(Money.of("12000.00", "EUR"))
                .addParties(Party.builder()
                        .id(bakery)
                        .name("Acme Bakery S.L.")
                        .role(Role.CLIENT)
                        .contact("Ana Ruiz <ana@acme-bakery.example>")
                        .build())
                .addParties(Party.builder()
                        .id(studio)
                        .name("Pixel & Crumb Studio")
                        .role(Role.PROVIDER)
                        .contact("Luis Gómez <luis@pixelcrumb.example>")
                        .build())
                .addObligations(Obligation.builder()
                        .id(ob("deposit"))
                        .title("Pay the 50 % deposit")
                        .category(Category.PAYMENT)
                        .obligor(bakery)
                        .beneficiary(studio)
                        .trigger(Trigger.onEffectiveDate())
                        .deadline(DeadlineRule.ofCalendarDays(7))
                        .percentOfValue(new BigDecimal("50"))
                        .addRemedies(Remedy.Interest.builder()
                                .annualRatePercent(new BigDecimal("12.25"))
                                .build())
                        .addRemedies(
                                Remedy.Right.builder().right("SUSPEND_WORK").build())
                        .build())
                .addObligations(Obligation.builder()
                        .id(ob("provide-content"))
                        .title("Provide texts and photos")
                        .category(Category.RESOURCES)
                        .obligor(bakery)
                        .beneficiary(studio)
                        .trigger(Trigger.onEffectiveDate())
                        .deadline(DeadlineRule.ofCalendarDays(14))
                        .addFulfilledBy("content.delivered")
                        .grace(Span.ofCalendarDays(2))
                        .build())
                .addObligations(Obligation.builder()
                        .id(ob("submit-mockup"))
                        .title("Submit the home-page mock-up")
                        .category(Category.DELIVERABLE)
                        .obligor(studio)
                        .beneficiary(bakery)
                        .trigger(Trigger.onFulfilment(ob("provide-content")))
                        .deadline(DeadlineRule.ofBusinessDays(10))
                        .addFulfilledBy("mockup.submitted")
                        .addPrerequisites(ob("provide-content"))
                        .build())
                .addObligations(Obligation.builder()
                        .id(ob("approve-mockup"))
                        .title("Approve or reject each mock-up")
                        .category(Category.APPROVAL)
                        .obligor(bakery)
                        .beneficiary(studio)
                        .trigger(Trigger.onEvent("mockup.submitted"))
                        .deadline(DeadlineRule.ofBusinessDays(2))
                        .addFulfilledBy("mockup.approved", "mockup.rejected")
                        .timeBound(true)
                        .build())
                .addObligations(Obligation.builder()
                        .id(ob("build-site"))
                        .title("Build the site")
                        .category(Category.DELIVERABLE)
                        .obligor(studio)
                        .beneficiary(bakery)
                        .trigger(Trigger.onFulfilment(ob("approve-mockup")))
                        .deadline(DeadlineRule.within(Span.ofWeeks(6)))
                        .addFulfilledBy("site.delivered")
                        .addPrerequisites(ob("approve-mockup"))
                        .addRemedies(Remedy.Penalty.builder()
                                .percent(new BigDecimal("10.5"))
                                .per(Span.ofCalendarDays(2))
                                .capPercent(new BigDecimal("55"))
                                .base(Money.of("6000.00", "EUR"))
                                .build())
                        .build())
                .addObligations(Obligation.builder()
                        .id(ob("launch-site"))
                        .title("Put the site live")
                        .category(Category.DELIVERABLE)
                        .obligor(studio)
                        .beneficiary(bakery)
                        .trigger(Trigger.onFulfilment(ob("build-site")))
                        .deadline(DeadlineRule.OnDate.builder()
                                .date(LocalDate.of(2026, 6, 30))
                                .convention(BusinessDayConvention.PRECEDING)
                                .build())
                        .addFulfilledBy("site.launched")
                        .build())
                .addObligations(Obligation.builder()
                        .id(ob("balance"))
                        .title("Pay the 50 % balance")
                        .category(Category.PAYMENT)
                        .obligor(bakery)
                        .beneficiary(studio)
                        .trigger(Trigger.onMilestone(MilestoneId.of("launch")))
                        .deadline(DeadlineRule.ofCalendarDays(30, BusinessDayConvention.MODIFIED_FOLLOWING))
                        .percentOfValue(new BigDecimal("50"))
                        .addRemedies(Remedy.LateFee.builder()
                                .flat(Money.of("150.00", "EUR"))
                                .percent(new BigDecimal("2"))
                                .build())
                        .addRemedies(Remedy.RemedyObligation.builder()
                                .obligation(ob("collection-fee"))
                                .build())
                        .build())
                .addObligations(Obligation.builder()
                        .id(ob("collection-fee"))
                        .title("Pay the collection fee")
                        .category(Category.PAYMENT)
                        .obligor(bakery)
                        .beneficiary(studio)
                        .trigger(Trigger.onBreach(ob("balance")))
                        .deadline(DeadlineRule.ofHours(168))
                        .amount(Money.of("100.00", "EUR"))
                        .build())
                .addObligations(Obligation.builder()
                        .id(ob("weekly-checkin"))
                        .title("Hold the weekly check-in")
                        .category(Category.MEETING)
                        .obligor(studio)
                        .beneficiary(bakery)
                        .trigger(Trigger.recurring(Recurrence.builder()
                                .frequency(Recurrence.Frequency.WEEKLY)
                                .dayOfWeek(DayOfWeek.MONDAY)
                                .start(LocalDate.of(2026, 3, 9))
                                .until(LocalDate.of(2026, 6, 29))
                                .build()))
                        .deadline(DeadlineRule.ofBusinessDays(1))
                        .addFulfilledBy("checkin.held")
                        .timeBound(true)
                        .build())
                .addObligations(Obligation.builder()
                        .id(ob("monthly-report"))
                        .title("Send the monthly progress report")
                        .category(Category.COMMUNICATION)
                        .obligor(studio)
                        .beneficiary(bakery)
                        .trigger(Trigger.recurring(Recurrence.builder()
                                .frequency(Recurrence.Frequency.MONTHLY)
                                .lastBusinessDay(true)
                                .count(4)
                                .build()))
                        .deadline(DeadlineRule.within(Span.ofMonths(0)))
                        .addFulfilledBy("report.sent")
                        .build())
                .addObligations(Obligation.builder()
                        .id(ob("confidentiality"))
                        .title("Keep the bakery's recipes and customer data confidential")
                        .category(Category.CONFIDENTIALITY)
                        .obligor(studio)
                        .beneficiary(bakery)
                        .modality(Modality.MUST_NOT)
                        .trigger(Trigger.onEffectiveDate())
                        .deadline(DeadlineRule.open())
                        .addFulfilledBy("confidential.disclosed")
                        .addRemedies(Remedy.Right.builder().right("TERMINATE").build())
                        .survivesTermination(true)
                        .build())
                // Either party may end the agreement for convenience on 30 days' notice.
                .addTerminationClauses(TerminationClause.of(Optional.empty(), Span.ofCalendarDays(30)))
                .addMilestones(Milestone.builder()
                        .id(MilestoneId.of("design-approved"))
                        .title("Design approved")
                        .target(LocalDate.of(2026, 4, 10))
                        .addRequires(ob("submit-mockup"), ob("approve-mockup"))
                        .build())
                .addMilestones(Milestone.builder()
                        .id(MilestoneId.of("launch"))
                        .title("Site launched")
                        .target(LocalDate.of(2026, 6, 30))
                        .addRequires(ob("build-site"), ob("launch-site"))
                        .addDependsOn(MilestoneId.of("design-approved"))
                        .build())
                .putMetadata("clientReference", "PO-2026-118")
                .putMetadata("governingLaw", "Spain")
                .build();
    }

    private static Event.Builder event(String id, EventTime at, String kind, String actor) {
        return Event.builder().id(EventId.of(id)).at(at).kind(kind).actor(party(actor));
    }

    private static EventTime day(int month, int day) {
        return EventTime.of(LocalDate.of(2026, month, day));
    }

    private static EventTime at(int month, int day, int hour, int minute, int offsetHours) {
        return EventTime.of(OffsetDateTime.of(2026, month, day, hour, minute, 0, 0, ZoneOffset.ofHours(offsetHours)));
    }

    /** The agreement's timeline, with every control kind. */
    static Timeline timeline() {
        return Timeline.builder()
                .agreement(AgreementId.of("web-2026"))
                .addEvents(event("e1", day(3, 5), "payment", "bakery")
                        .ref("deposit#1")
                        .amount(Money.of("6000.00", "EUR"))
                        .payee(party("studio"))
                        .build())
                .addEvents(event("e2", at(3, 18, 17, 45, 1), "content.delivered", "bakery")
                        .note("Texts in Spanish and English; photos in the shared folder")
                        .build())
                .addEvents(event("e3", day(3, 20), "notice", "studio")
                        .ref("submit-mockup#1")
                        .note("Mock-up may slip two days: photographer ill")
                        .build())
                .addEvents(event("e4", day(3, 23), "extension", "bakery")
                        .ref("submit-mockup#1")
                        .by(Span.ofBusinessDays(2))
                        .build())
                .addEvents(event(
                                "e5",
                                EventTime.of(OffsetDateTime.of(2026, 4, 3, 9, 30, 15, 250_000_000, ZoneOffset.UTC)),
                                "mockup.submitted",
                                "studio")
                        .build())
                .addEvents(event("e6", day(4, 6), "extension", "studio")
                        .ref("approve-mockup#1")
                        .until(LocalDate.of(2026, 4, 9))
                        .build())
                .addEvents(event("e7", at(4, 8, 12, 0, 2), "mockup.approved", "bakery")
                        .ref("e5")
                        .build())
                .addEvents(event("e8", day(4, 13), "waiver", "bakery")
                        .ref("weekly-checkin#6")
                        .note("Easter Monday")
                        .build())
                .addEvents(event("e9", day(5, 4), "suspension", "bakery")
                        .ref("build-site#1")
                        .note("Paused while the bakery rebrands")
                        .build())
                .addEvents(event("e10", day(5, 11), "resumption", "bakery")
                        .ref("build-site#1")
                        .build())
                .addEvents(event("e11", day(5, 12), "amendment", "bakery")
                        .amendment(Amendment.builder()
                                .putMilestoneTargets(MilestoneId.of("launch"), LocalDate.of(2026, 7, 15))
                                .addAddObligations(Obligation.builder()
                                        .id(ob("provide-logo"))
                                        .title("Provide the new logo")
                                        .category(Category.RESOURCES)
                                        .obligor(party("bakery"))
                                        .beneficiary(party("studio"))
                                        .trigger(Trigger.onEffectiveDate())
                                        .deadline(DeadlineRule.onDate(LocalDate.of(2026, 5, 20)))
                                        .addFulfilledBy("logo.delivered")
                                        .build())
                                .addRemoveObligations(ob("monthly-report"))
                                .addSignedBy(party("studio"))
                                .build())
                        .note("Rebrand: new logo, launch moved to 15 July")
                        .build())
                .addEvents(event("e12", at(11, 30, 10, 0, -5), "termination", "bakery")
                        .note("Ended after launch, on 30 days' notice")
                        .build())
                .build();
    }
}
