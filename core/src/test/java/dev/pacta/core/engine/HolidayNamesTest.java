package dev.pacta.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.AgreementId;
import dev.pacta.core.model.Category;
import dev.pacta.core.model.DeadlineRule;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.ObligationId;
import dev.pacta.core.model.Party;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.model.Role;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.model.Trigger;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.time.BusinessCalendar;
import dev.pacta.core.time.CalendarId;
import dev.pacta.core.time.CalendarSource;
import dev.pacta.core.time.LocalDateRange;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Explanations name the holidays a deadline moved over (issue 18, §1): "Mon 2026-04-06 is Easter Monday". */
class HolidayNamesTest {
    static final CalendarId ES = CalendarId.of("ES");
    static final CalendarId UNNAMED = CalendarId.of("UNNAMED");
    static final LocalDateRange Y2026 = LocalDateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));
    static final BusinessCalendar EASTER = BusinessCalendar.builder()
            .name("ES")
            .addHoliday(LocalDate.of(2026, 4, 3), "Good Friday")
            .addHoliday(LocalDate.of(2026, 4, 6), "Easter Monday")
            .addHoliday(LocalDate.of(2026, 12, 25), "Christmas Day")
            .covering(Y2026)
            .build();
    static final ComplianceEngine ENGINE = ComplianceEngine.of(CalendarSource.of(Map.of(
            ES,
            EASTER,
            UNNAMED,
            BusinessCalendar.builder()
                    .holidays(EASTER.holidays())
                    .covering(Y2026)
                    .build())));

    static InstanceReport evaluate(CalendarId calendar, LocalDate effective, DeadlineRule deadline) {
        return ENGINE.evaluate(
                        agreementOn(calendar, effective, deadline), Timeline.of(List.of()), LocalDate.of(2026, 6, 30))
                .instance("report#1")
                .orElseThrow();
    }

    static Agreement agreementOn(CalendarId calendar, LocalDate effective, DeadlineRule deadline) {
        return Agreement.builder()
                .id(AgreementId.of("web"))
                .title("web")
                .addParties(Party.of("client", "Client", Role.CLIENT))
                .addParties(Party.of("studio", "Studio", Role.PROVIDER))
                .zone(ZoneId.of("Europe/Madrid"))
                .calendar(calendar)
                .effectiveDate(effective)
                .addObligations(Obligation.builder()
                        .id(ObligationId.of("report"))
                        .title("report")
                        .category(Category.DELIVERABLE)
                        .obligor(PartyId.of("studio"))
                        .beneficiary(PartyId.of("client"))
                        .trigger(Trigger.onEffectiveDate())
                        .deadline(deadline)
                        .addFulfilledBy("report.delivered")
                        .build())
                .build();
    }

    @Test
    void calendarDays_followingOverEasterMonday_namesIt() {
        // Fri 2026-03-06 + 30 days = Sun 04-05; Following skips Easter Monday to Tue 04-07.
        InstanceReport i = evaluate(ES, LocalDate.of(2026, 3, 6), DeadlineRule.ofCalendarDays(30));
        assertThat(i.dueDate()).hasValue(LocalDate.of(2026, 4, 7));
        assertThat(i.explanation())
                .contains("due Tue 2026-04-07: 30 days after the effective date (Fri 2026-03-06);"
                        + " Mon 2026-04-06 is Easter Monday, not a business day;");
    }

    @Test
    void businessDays_overGoodFridayAndEasterMonday_namesBoth() {
        // Thu 2026-04-02 + 2 business days: Good Friday, the weekend and Easter Monday skipped, Tue 04-07 and Wed
        // 04-08.
        InstanceReport i = evaluate(ES, LocalDate.of(2026, 4, 2), DeadlineRule.ofBusinessDays(2));
        assertThat(i.dueDate()).hasValue(LocalDate.of(2026, 4, 8));
        assertThat(i.explanation())
                .contains("Fri 2026-04-03 is Good Friday, not a business day;"
                        + " Mon 2026-04-06 is Easter Monday, not a business day;")
                .doesNotContain("Sat 2026-04-04");
    }

    @Test
    void deadlineNotMoved_orHolidaysUnnamed_explanationAsBefore() {
        InstanceReport unmoved = evaluate(ES, LocalDate.of(2026, 3, 2), DeadlineRule.ofCalendarDays(30));
        assertThat(unmoved.explanation()).doesNotContain("not a business day");
        InstanceReport unnamed = evaluate(UNNAMED, LocalDate.of(2026, 3, 6), DeadlineRule.ofCalendarDays(30));
        assertThat(unnamed.dueDate()).hasValue(LocalDate.of(2026, 4, 7));
        assertThat(unnamed.explanation()).doesNotContain("not a business day");
    }

    @Test
    void aFixedDateOnAHoliday_movedToTheNextBusinessDay_namesIt() {
        InstanceReport i = evaluate(ES, LocalDate.of(2026, 3, 2), DeadlineRule.onDate(LocalDate.of(2026, 4, 6)));
        assertThat(i.dueDate()).hasValue(LocalDate.of(2026, 4, 7));
        assertThat(i.explanation()).contains("; Mon 2026-04-06 is Easter Monday, not a business day");
    }

    @Test
    void moreThanThreeHolidays_theFirstThreeNamed_theRestCounted() {
        // A week of local holidays, Mon 10 to Fri 14 August 2026; one business day after Fri 7 August.
        BusinessCalendar.Builder week = BusinessCalendar.builder().name("FIESTAS");
        for (int d = 10; d <= 14; d++) {
            week.addHoliday(LocalDate.of(2026, 8, d), "Fiesta " + (d - 9));
        }
        CalendarId fiestas = CalendarId.of("FIESTAS");
        ComplianceEngine engine = ComplianceEngine.of(
                CalendarSource.of(Map.of(fiestas, week.covering(Y2026).build())));
        InstanceReport five = engine.evaluate(
                        agreementOn(fiestas, LocalDate.of(2026, 8, 7), DeadlineRule.ofBusinessDays(1)),
                        Timeline.of(List.of()),
                        LocalDate.of(2026, 8, 20))
                .instance("report#1")
                .orElseThrow();
        assertThat(five.dueDate()).hasValue(LocalDate.of(2026, 8, 17));
        assertThat(five.explanation())
                .contains("; Mon 2026-08-10 is Fiesta 1, not a business day; Tue 2026-08-11 is Fiesta 2, not a business"
                        + " day; Wed 2026-08-12 is Fiesta 3, not a business day; and 2 more holidays;")
                .doesNotContain("Fiesta 4");

        // Four: one more.
        InstanceReport four = engine.evaluate(
                        agreementOn(fiestas, LocalDate.of(2026, 8, 10), DeadlineRule.ofBusinessDays(1)),
                        Timeline.of(List.of()),
                        LocalDate.of(2026, 8, 20))
                .instance("report#1")
                .orElseThrow();
        assertThat(four.dueDate()).hasValue(LocalDate.of(2026, 8, 17));
        assertThat(four.explanation()).contains("Fiesta 4, not a business day; and 1 more holiday;");
    }
}
