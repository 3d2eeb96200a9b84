package dev.pacta.core.scenario;

import dev.pacta.core.Problem;
import dev.pacta.core.engine.ComplianceEngine;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.MilestoneId;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.money.Money;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.Finding;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.report.Lateness;
import dev.pacta.core.report.MilestoneReport;
import dev.pacta.core.template.AgreementTemplate;
import dev.pacta.core.template.TemplateResult;
import dev.pacta.core.time.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs {@link Scenario scenarios}: evaluates the agreement at each check's as-of and compares the report with the
 * check's expectations, collecting <em>every</em> mismatch.
 *
 * <p>Nothing a scenario contains makes a run throw: a template that cannot be instantiated gives one mismatch per
 * problem (and no check is run), an evaluation that fails (an unknown calendar, say) one mismatch for its check.
 * This class is immutable and thread-safe.
 */
public final class ScenarioRunner {
    private static final String PAYMENTS_NOT_AVAILABLE =
            "no payment figures: not a payment, and no late fee or penalty";

    private final ComplianceEngine engine;
    private final ActualValues actualValues;

    private ScenarioRunner(ComplianceEngine engine, ActualValues actualValues) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.actualValues = Objects.requireNonNull(actualValues, "actualValues");
    }

    /**
     * A runner with the engine and the built-in {@link ActualValues}.
     *
     * @param engine the engine to evaluate with
     * @return the runner
     */
    public static ScenarioRunner of(ComplianceEngine engine) {
        return new ScenarioRunner(engine, ActualValues.builtIn());
    }

    /**
     * This runner with another lookup of payment amounts and scorecard figures.
     *
     * @param actualValues the lookup
     * @return a new runner
     */
    public ScenarioRunner withActualValues(ActualValues actualValues) {
        return new ScenarioRunner(engine, actualValues);
    }

    /**
     * Runs a scenario.
     *
     * @param scenario the scenario
     * @return the result, with every mismatch
     */
    public ScenarioResult run(Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        List<Mismatch> mismatches = new ArrayList<>();
        Agreement agreement;
        if (scenario.agreement().isPresent()) {
            agreement = scenario.agreement().get();
        } else {
            AgreementTemplate template = scenario.template().orElseThrow();
            TemplateResult result = template.instantiate(scenario.parameters());
            if (!result.isValid()) {
                String subject = "template '" + template.id() + "'";
                for (Problem p : result.problems()) {
                    mismatches.add(Mismatch.ofScenario(
                            subject, p.path(), "an agreement", p.code(), subject + " cannot be instantiated: " + p));
                }
                return new ScenarioResult(scenario.name(), scenario.checks().size(), mismatches);
            }
            agreement = result.agreement().orElseThrow();
        }
        Timeline timeline = scenario.timeline();
        // The scenario's own calendars come first, then the engine's.
        ComplianceEngine engine = scenario.calendars().isEmpty()
                ? this.engine
                : this.engine.withCalendars(scenario.calendarSource().orElse(this.engine.calendars()));
        for (int i = 0; i < scenario.checks().size(); i++) {
            Check check = scenario.checks().get(i);
            ComplianceReport report;
            try {
                report = engine.evaluate(
                        agreement, scenario.timeline(), check.asOf().resolve(agreement));
            } catch (RuntimeException e) {
                mismatches.add(Mismatch.ofAbsence(
                        i,
                        check.asOf(),
                        "agreement '" + agreement.id() + "'",
                        "evaluation",
                        "a report",
                        "the evaluation failed: " + e.getMessage()));
                continue;
            }
            new Comparison(i, check.asOf(), report, mismatches).compare(check);
        }
        return new ScenarioResult(scenario.name(), scenario.checks().size(), mismatches);
    }

    /** Compares one check with one report. */
    private final class Comparison {
        private final int index;
        private final AsOf asOf;
        private final ComplianceReport report;
        private final List<Mismatch> out;

        Comparison(int index, AsOf asOf, ComplianceReport report, List<Mismatch> out) {
            this.index = index;
            this.asOf = asOf;
            this.report = report;
            this.out = out;
        }

        void compare(Check check) {
            check.instances().forEach(this::instance);
            check.milestones().forEach(this::milestone);
            check.findings().forEach(this::finding);
            check.scorecards().forEach(this::scorecard);
        }

        private void value(
                String subject,
                String field,
                String label,
                Optional<?> expected,
                Object actual,
                String actualText,
                String explanation) {
            if (expected.isPresent() && !expected.get().equals(actual)) {
                out.add(Mismatch.ofValue(
                        index, asOf, subject, field, label, text(expected.get()), actualText, explanation));
            }
        }

        private static String text(Object value) {
            return value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value);
        }

        private void instance(InstanceExpectation e) {
            Optional<InstanceReport> found = report.instance(e.id());
            if (found.isEmpty()) {
                List<String> siblings = report.instances().stream()
                        .filter(i -> i.obligation().equals(e.id().obligation()))
                        .map(i -> i.id().toString())
                        .toList();
                String actual = siblings.isEmpty()
                        ? "there is none; the report has no obligation '" + e.id().obligation()
                                + "'; obligations are "
                                + report.instances().stream()
                                        .map(i -> i.obligation().value())
                                        .distinct()
                                        .toList()
                        : "there is none; instances of " + e.id().obligation() + " are " + siblings;
                out.add(Mismatch.ofAbsence(index, asOf, e.id().toString(), "instance", "an instance", actual));
                return;
            }
            InstanceReport i = found.get();
            String s = i.id().toString();
            String why = i.explanation();
            value(s, "state", "", e.state(), i.state(), i.state().name(), why);
            value(s, "dueDate", "due date ", e.dueDate(), i.dueDate().orElse(null), none(i.dueDate()), why);
            value(s, "dueAt", "due at ", e.dueAt(), i.dueAt().orElse(null), none(i.dueAt()), why);
            long late = i.lateness().map(Lateness::amount).orElse(0L);
            value(s, "lateness", "lateness ", e.lateness(), late, Long.toString(late), why);
            Optional<Span.Unit> unit = i.lateness().map(Lateness::unit);
            value(s, "latenessUnit", "lateness in ", e.latenessUnit(), unit.orElse(null), none(unit), why);
            Optional<Boolean> grace = i.lateness().map(Lateness::withinGrace);
            value(s, "withinGrace", "within grace ", e.withinGrace(), grace.orElse(null), none(grace), why);
            value(
                    s,
                    "fulfilledBy",
                    "fulfilled by ",
                    e.fulfilledBy(),
                    i.fulfilledBy().orElse(null),
                    none(i.fulfilledBy()),
                    why);
            amount(i, e.outstanding(), ActualValues.Amount.OUTSTANDING);
            amount(i, e.paid(), ActualValues.Amount.PAID);
            amount(i, e.lateFee(), ActualValues.Amount.LATE_FEE);
            amount(i, e.interest(), ActualValues.Amount.INTEREST);
        }

        private void amount(InstanceReport i, Optional<Money> expected, ActualValues.Amount which) {
            if (expected.isEmpty()) {
                return;
            }
            Optional<Money> actual = actualValues.amount(report, i, which);
            String label = which.field() + " ";
            if (actual.isEmpty()) {
                out.add(Mismatch.ofValue(
                        index,
                        asOf,
                        i.id().toString(),
                        which.field(),
                        label,
                        expected.get().toString(),
                        "not available",
                        PAYMENTS_NOT_AVAILABLE));
            } else {
                value(
                        i.id().toString(),
                        which.field(),
                        label,
                        expected,
                        actual.get(),
                        actual.get().toString(),
                        i.explanation());
            }
        }

        private void milestone(MilestoneExpectation e) {
            Optional<MilestoneReport> found = report.milestones().stream()
                    .filter(m -> m.id().equals(e.id()))
                    .findFirst();
            String s = "milestone " + e.id();
            if (found.isEmpty()) {
                out.add(Mismatch.ofAbsence(
                        index,
                        asOf,
                        s,
                        "milestone",
                        "a milestone",
                        "there is none; milestones are "
                                + report.milestones().stream()
                                        .map(MilestoneReport::id)
                                        .map(MilestoneId::value)
                                        .toList()));
                return;
            }
            MilestoneReport m = found.get();
            String why = m.explanation();
            value(s, "state", "", e.state(), m.state(), m.state().name(), why);
            long late = m.daysLate().orElse(0L);
            value(s, "daysLate", "days late ", e.daysLate(), late, Long.toString(late), why);
            for (Map.Entry<PartyId, Long> a : e.attribution().entrySet()) {
                long actual = m.attribution().getOrDefault(a.getKey(), 0L);
                value(
                        s,
                        "attribution[" + a.getKey() + "]",
                        "days late attributed to " + a.getKey() + " ",
                        Optional.of(a.getValue()),
                        actual,
                        Long.toString(actual),
                        why);
            }
        }

        private void finding(FindingExpectation e) {
            List<Finding> matching = report.findings().stream()
                    .filter(f -> f.code().equals(e.code()))
                    .filter(f -> e.party().isEmpty() || f.party().equals(e.party()))
                    .filter(f -> e.instance().isEmpty() || f.instance().equals(e.instance()))
                    .toList();
            if (e.present() && matching.isEmpty()) {
                List<String> all =
                        report.findings().stream().map(ScenarioRunner::describe).toList();
                out.add(Mismatch.ofAbsence(
                        index, asOf, e.describe(), "present", "present", "there is none; findings are " + all));
            } else if (!e.present() && !matching.isEmpty()) {
                out.add(Mismatch.ofValue(
                        index,
                        asOf,
                        e.describe(),
                        "present",
                        "",
                        "absent",
                        "present",
                        matching.get(0).message()));
            }
        }

        private void scorecard(ScorecardExpectation e) {
            String s = "scorecard of " + e.party();
            for (Map.Entry<String, BigDecimal> f : e.figures().entrySet()) {
                Optional<BigDecimal> actual = actualValues.scorecardFigure(report, e.party(), f.getKey());
                String field = "figures[" + f.getKey() + "]";
                if (actual.isEmpty()) {
                    out.add(Mismatch.ofValue(
                            index,
                            asOf,
                            s,
                            field,
                            f.getKey() + " ",
                            f.getValue().toPlainString(),
                            "not available",
                            "scorecard figure '" + f.getKey() + "' not available"));
                } else if (actual.get().compareTo(f.getValue()) != 0) {
                    out.add(Mismatch.ofValue(
                            index,
                            asOf,
                            s,
                            field,
                            f.getKey() + " ",
                            f.getValue().toPlainString(),
                            actual.get().toPlainString(),
                            ""));
                }
            }
        }
    }

    private static String none(Optional<?> value) {
        return value.map(String::valueOf).orElse("none");
    }

    private static String describe(Finding f) {
        return f.code()
                + f.party().map(p -> " by " + p).orElse("")
                + f.instance().map(i -> " on " + i).orElse("");
    }
}
