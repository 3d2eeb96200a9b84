package dev.pacta.core.scenario;

import dev.pacta.core.engine.ComplianceEngine;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.template.AgreementTemplate;
import dev.pacta.core.time.BusinessCalendar;
import dev.pacta.core.time.CalendarId;
import dev.pacta.core.time.CalendarSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A story to test an agreement or a template with: the agreement (or a template and its parameter values), what
 * happened (the events), and what the report should say at some dates (the checks).
 *
 * <pre>{@code
 * Scenario clientLate = Scenario.builder()
 *         .name("client approves the mock-up late")
 *         .template(webDevelopment)
 *         .putParameters("approvalDays", 2)
 *         .addEvents(Event.of("e1", LocalDate.of(2026, 3, 4), "mockup.submitted", "studio"))
 *         .addEvents(Event.of("e2", LocalDate.of(2026, 3, 9), "mockup.approved", "client"))
 *         .addChecks(Check.builder()
 *                 .asOf(LocalDate.of(2026, 3, 10))
 *                 .addInstances(InstanceExpectation.forInstance("approve-mockup#1")
 *                         .state(InstanceState.FULFILLED_LATE)
 *                         .lateness(1L)
 *                         .build())
 *                 .build())
 *         .build();
 * clientLate.run(engine).assertPassed();
 * }</pre>
 *
 * <p>Exactly one of {@link #agreement()} and {@link #template()} is set; {@link #parameters()} go with a template
 * only. Event ids are unique, as in a {@link Timeline}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Scenario {
    Scenario() {}

    /**
     * Returns a new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The scenario's name, e.g. {@code "client approves the mock-up late"}; the name of its test.
     *
     * @return the name
     */
    public abstract String name();

    /**
     * What the scenario is about; empty by default.
     *
     * @return the description
     */
    @Value.Default
    public String description() {
        return "";
    }

    /**
     * The agreement, unless the scenario instantiates a template.
     *
     * @return the agreement
     */
    public abstract Optional<Agreement> agreement();

    /**
     * The template, unless the scenario has an agreement.
     *
     * @return the template
     */
    public abstract Optional<AgreementTemplate> template();

    /**
     * The template's parameter values, as for {@link AgreementTemplate#instantiate(Map)}.
     *
     * @return the values by parameter name
     */
    public abstract Map<String, Object> parameters();

    /**
     * Calendars of the scenario's own, by id: the agreement's calendar (or a {@code CALENDAR} parameter) is found
     * among them first, then in the engine's {@link CalendarSource}. Empty by default: the engine's calendars only.
     *
     * @return the calendars by id
     */
    public abstract Map<CalendarId, BusinessCalendar> calendars();

    /**
     * The files the {@link #calendars()} were read from, as a scenario document names them (e.g.
     * {@code "calendars/es-md.calendar.json"}), so that it can be written back; empty for calendars supplied in Java.
     * The run does not use them.
     *
     * @return the file references, in document order
     */
    public abstract List<String> calendarFiles();

    /**
     * The scenario's calendars as a source: {@link #calendars()} and the built-ins.
     *
     * @return the source
     */
    public CalendarSource calendarSource() {
        return CalendarSource.of(calendars());
    }

    /**
     * What happened, in input order.
     *
     * @return the events
     */
    public abstract List<Event> events();

    /**
     * What the report should say, at one as-of each.
     *
     * @return the checks
     */
    public abstract List<Check> checks();

    /**
     * The events as a timeline.
     *
     * @return the timeline
     */
    public Timeline timeline() {
        return Timeline.of(events());
    }

    /**
     * Runs the scenario with the built-in {@link ActualValues}.
     *
     * @param engine the engine to evaluate with
     * @return the result, with every mismatch
     */
    public ScenarioResult run(ComplianceEngine engine) {
        return ScenarioRunner.of(engine).run(this);
    }

    @Value.Check
    void check() {
        if (name().isBlank()) {
            throw new IllegalArgumentException("scenario name must not be blank");
        }
        if (agreement().isPresent() == template().isPresent()) {
            throw new IllegalStateException("scenario '" + name() + "' needs exactly one of agreement and template, "
                    + (agreement().isPresent() ? "had both" : "had neither"));
        }
        if (agreement().isPresent() && !parameters().isEmpty()) {
            throw new IllegalStateException("scenario '" + name()
                    + "': parameters go with a template, but the scenario has an agreement; parameters were "
                    + parameters().keySet());
        }
        // Duplicate event ids are reported with every problem, as by a timeline.
        timeline();
        // A built-in id redefined is reported here, not at the run.
        calendarSource();
    }

    /** Builds {@link Scenario} values. */
    public static final class Builder extends ImmutableScenario.Builder {}
}
