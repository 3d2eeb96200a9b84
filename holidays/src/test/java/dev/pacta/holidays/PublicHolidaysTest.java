package dev.pacta.holidays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pacta.core.engine.ComplianceEngine;
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
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.FindingCodes;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.time.BusinessCalendar;
import dev.pacta.core.time.CalendarCoverageException;
import dev.pacta.core.time.CalendarId;
import dev.pacta.core.time.CalendarSource;
import dev.pacta.core.time.LocalDateRange;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Real public holidays from Jollyday's data (issue 18, §1). */
class PublicHolidaysTest {
    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void france_hasEasterMonday2026_named() {
        BusinessCalendar fr = PublicHolidays.calendar("FR", 2026, 2026);
        assertThat(fr.name()).hasValue("FR");
        assertThat(fr.holidayName(date("2026-04-06"))).hasValue("Easter Monday");
        assertThat(fr.isBusinessDay(date("2026-04-06"))).isFalse();
        assertThat(fr.isBusinessDay(date("2026-04-07"))).isTrue();
        assertThat(fr.holidayName(date("2026-07-14"))).isPresent();
    }

    @Test
    void madrid_hasItsOwnDay_spainDoesNot() {
        // Fri 2025-05-02, the Community of Madrid's day: a holiday in Madrid only.
        BusinessCalendar madrid = PublicHolidays.calendar("ES-MD", 2025, 2026);
        BusinessCalendar spain = PublicHolidays.calendar("ES", Optional.empty(), 2025, 2026);
        assertThat(madrid.name()).hasValue("ES-MD");
        assertThat(madrid.isBusinessDay(date("2025-05-02"))).isFalse();
        assertThat(madrid.holidayName(date("2025-05-02"))).isPresent();
        assertThat(spain.isBusinessDay(date("2025-05-02"))).isTrue();
        // Both have the national holidays.
        assertThat(madrid.isBusinessDay(date("2025-10-13"))).isEqualTo(spain.isBusinessDay(date("2025-10-13")));
        assertThat(madrid.holidayName(date("2025-12-25"))).isPresent();
        assertThat(PublicHolidays.calendar("es", Optional.of("md"), 2025, 2026)).isEqualTo(madrid);
    }

    @Test
    void coveredRange_isExactlyTheYearsBuilt() {
        BusinessCalendar madrid = PublicHolidays.calendar("ES-MD", 2025, 2030);
        assertThat(madrid.coveredRange()).isEqualTo(LocalDateRange.of(date("2025-01-01"), date("2031-01-01")));
        assertThat(madrid.holidays())
                .allSatisfy(d -> assertThat(madrid.covers(d)).isTrue());
        assertThatThrownBy(() -> madrid.isBusinessDay(date("2031-01-02")))
                .isInstanceOf(CalendarCoverageException.class)
                .hasMessageContaining("'ES-MD'");
        assertThatThrownBy(() -> madrid.isBusinessDay(date("2024-12-31")))
                .isInstanceOf(CalendarCoverageException.class);
    }

    @Test
    void unknownPlaces_andYears_areRejectedWithWhatIsKnown() {
        assertThatThrownBy(() -> PublicHolidays.calendar("ES-ZZ", 2025, 2026))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown subdivision in 'ES-ZZ'")
                .hasMessageContaining("MD");
        assertThatThrownBy(() -> PublicHolidays.calendar("XQ", 2025, 2026))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown country in 'XQ'")
                .hasMessageContaining("ES");
        assertThatThrownBy(() -> PublicHolidays.calendar("ES", 2026, 2025))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(PublicHolidays.countries()).contains("ES", "US", "GB", "FR", "DE");
        assertThat(PublicHolidays.subdivisions("US")).containsKey("NY");
    }

    @Test
    void source_resolvesIdsOnDemand_andKnowsTheBuiltIns() {
        CalendarSource source = PublicHolidays.source(2026, 2027);
        BusinessCalendar ny = source.resolve(CalendarId.of("US-NY"));
        assertThat(ny.name()).hasValue("US-NY");
        assertThat(ny.isBusinessDay(date("2026-11-26"))).isFalse();
        assertThat(ny.holidayName(date("2026-11-26"))).hasValue("Thanksgiving Day");
        assertThat(source.find(CalendarId.of("US-NY"))).containsSame(ny);
        assertThat(source.find(CalendarId.of("ES-MD"))).isPresent();
        assertThat(source.find(CalendarId.WEEKENDS)).contains(BusinessCalendar.WEEKENDS);
        assertThat(source.find(CalendarId.of("XQ"))).isEmpty();
        assertThat(source.find(CalendarId.of("ES-ZZ"))).isEmpty();
        assertThat(source.ids()).contains(CalendarId.of("ES"), CalendarId.NONE);
    }

    @Test
    void evaluation_explainsTheHolidayByName_andStaysHonestPastTheYears() {
        Agreement agreement = Agreement.builder()
                .id(AgreementId.of("fr-2026"))
                .title("FR")
                .addParties(Party.of("client", "Client", Role.CLIENT))
                .addParties(Party.of("studio", "Studio", Role.PROVIDER))
                .zone(ZoneId.of("Europe/Paris"))
                .calendar(CalendarId.of("FR"))
                .effectiveDate(date("2026-04-02"))
                .addObligations(Obligation.builder()
                        .id(ObligationId.of("report"))
                        .title("report")
                        .category(Category.DELIVERABLE)
                        .obligor(PartyId.of("studio"))
                        .beneficiary(PartyId.of("client"))
                        .trigger(Trigger.onEffectiveDate())
                        .deadline(DeadlineRule.ofBusinessDays(2))
                        .addFulfilledBy("report.delivered")
                        .build())
                .build();
        ComplianceEngine engine = ComplianceEngine.of(PublicHolidays.source(2026, 2026));
        InstanceReport i = engine.evaluate(agreement, Timeline.of(List.of()), date("2026-04-10"))
                .instance("report#1")
                .orElseThrow();
        // Thu 2026-04-02 + 2 business days: Fri 04-03, then Tue 04-07 (Easter Monday skipped).
        assertThat(i.dueDate()).hasValue(date("2026-04-07"));
        assertThat(i.explanation()).contains("Mon 2026-04-06 is Easter Monday, not a business day");
        ComplianceReport far = engine.evaluate(agreement, Timeline.of(List.of()), date("2027-02-01"));
        assertThat(far.findings()).anyMatch(f -> f.code().equals(FindingCodes.CALENDAR_NOT_COVERED));
    }
}
