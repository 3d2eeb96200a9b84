package dev.pacta.testing;

import dev.pacta.core.model.MilestoneId;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.Finding;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.report.MilestoneReport;
import dev.pacta.core.report.Scorecard;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.description.Description;

/**
 * Assertions on a compliance report, the way into its instances, milestones, parties and findings:
 *
 * <pre>{@code
 * assertThat(report).instance("approve#2").isFulfilledLate().byBusinessDays(1);
 * assertThat(report).party("client").onTimeRate().isEqualTo("50%");
 * assertThat(report).milestone("launch").isReachedLate().attributedTo("client", 3);
 * assertThat(report).hasFinding("NO_POINT_OF_CONTACT");
 * }</pre>
 *
 * <p>Asking for an instance, milestone or party the report does not have fails at once with the ones it has.
 */
public class ReportAssert extends AbstractAssert<ReportAssert, ComplianceReport> {
    /**
     * Creates the assertion; prefer {@link PactaAssertions#assertThat(ComplianceReport)}.
     *
     * @param actual the report
     */
    public ReportAssert(ComplianceReport actual) {
        super(actual, ReportAssert.class);
    }

    /**
     * The assertions on one instance.
     *
     * @param id the instance id, e.g. {@code "approve-mockup#2"}
     * @return the instance's assertion
     */
    public InstanceAssert instance(String id) {
        Objects.requireNonNull(id, "id");
        isNotNull();
        Optional<InstanceReport> instance = actual.instance(id);
        if (instance.isEmpty()) {
            failWithMessage(
                    "%nExpecting the report of %s as of %s to have instance %s, but it has none; its instances are %s",
                    actual.agreement(),
                    actual.asOfDate(),
                    id,
                    actual.instances().stream().map(i -> i.id().toString()).toList());
        }
        return described(new InstanceAssert(instance.orElseThrow()));
    }

    /**
     * The assertions on one milestone.
     *
     * @param id the milestone id, e.g. {@code "launch"}
     * @return the milestone's assertion
     */
    public MilestoneAssert milestone(String id) {
        Objects.requireNonNull(id, "id");
        isNotNull();
        MilestoneId milestone = MilestoneId.of(id);
        Optional<MilestoneReport> report = actual.milestones().stream()
                .filter(m -> m.id().equals(milestone))
                .findFirst();
        if (report.isEmpty()) {
            failWithMessage(
                    "%nExpecting the report of %s to have milestone %s, but it has none; its milestones are %s",
                    actual.agreement(),
                    id,
                    actual.milestones().stream().map(m -> m.id().toString()).toList());
        }
        return described(new MilestoneAssert(report.orElseThrow()));
    }

    /**
     * The assertions on a party's scorecard.
     *
     * @param id the party id, e.g. {@code "client"}
     * @return the party's assertion
     */
    public PartyAssert party(String id) {
        Objects.requireNonNull(id, "id");
        isNotNull();
        PartyId party = PartyId.of(id);
        Optional<Scorecard> scorecard = actual.scorecard(party);
        if (scorecard.isEmpty()) {
            failWithMessage(
                    "%nExpecting the report of %s to have a scorecard of %s, but it has none; its parties are %s",
                    actual.agreement(),
                    id,
                    actual.scorecards().stream().map(s -> s.party().toString()).toList());
        }
        return described(new PartyAssert(scorecard.orElseThrow(), actual.instancesOf(party)));
    }

    /**
     * Checks that the report has a finding with the code.
     *
     * @param code the finding's code, e.g. {@code "NO_POINT_OF_CONTACT"} or {@code "BREACH"}
     * @return this assertion
     */
    public ReportAssert hasFinding(String code) {
        Objects.requireNonNull(code, "code");
        isNotNull();
        if (actual.findings().stream().noneMatch(f -> f.code().equals(code))) {
            failWithMessage("%nExpecting a finding %s, but the findings are:%s", code, findings(actual.findings()));
        }
        return this;
    }

    /**
     * Checks that the report has a finding with the code about a party.
     *
     * @param code the finding's code
     * @param party the party it concerns, e.g. {@code "client"}
     * @return this assertion
     */
    public ReportAssert hasFinding(String code, String party) {
        Objects.requireNonNull(code, "code");
        PartyId p = PartyId.of(Objects.requireNonNull(party, "party"));
        isNotNull();
        if (actual.findings().stream()
                .noneMatch(f -> f.code().equals(code) && f.party().equals(Optional.of(p)))) {
            failWithMessage(
                    "%nExpecting a finding %s about %s, but the findings are:%s",
                    code, party, findings(actual.findings()));
        }
        return this;
    }

    /**
     * Checks that the report has no finding with the code.
     *
     * @param code the finding's code
     * @return this assertion
     */
    public ReportAssert hasNoFinding(String code) {
        Objects.requireNonNull(code, "code");
        isNotNull();
        List<Finding> found =
                actual.findings().stream().filter(f -> f.code().equals(code)).toList();
        if (!found.isEmpty()) {
            failWithMessage("%nExpecting no finding %s, but the report has:%s", code, findings(found));
        }
        return this;
    }

    /** Gives a nested assertion this one's description, if it has one. */
    private <A extends AbstractAssert<A, ?>> A described(A nested) {
        Description description = info.description();
        return description == null ? nested : nested.as(description);
    }

    private static String findings(List<Finding> findings) {
        if (findings.isEmpty()) {
            return "\n    (none)";
        }
        return findings.stream()
                .map(f -> "\n    " + f.code() + " " + f.severity()
                        + f.party().map(p -> " " + p).orElse("")
                        + f.instance().map(i -> " " + i).orElse("") + ": " + f.message())
                .collect(Collectors.joining());
    }
}
