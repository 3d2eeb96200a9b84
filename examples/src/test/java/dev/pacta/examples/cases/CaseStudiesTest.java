package dev.pacta.examples.cases;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.InstanceState;
import dev.pacta.core.report.MilestoneReport;
import dev.pacta.core.report.MilestoneState;
import dev.pacta.examples.Golden;
import dev.pacta.examples.report.TextReport;
import dev.pacta.json.PactaJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every case study runs, prints the golden text report, and has sample JSON files that read back equal. */
class CaseStudiesTest {
    /** Each case's main method, by name. */
    static final Map<String, Consumer<String[]>> MAINS = new LinkedHashMap<>();

    static {
        MAINS.put("web-development", WebDevelopmentCase::main);
        MAINS.put("marketing-campaign", MarketingCampaignCase::main);
        MAINS.put("social-media-retainer", SocialMediaRetainerCase::main);
        MAINS.put("software-prototype", SoftwarePrototypeCase::main);
        MAINS.put("wedding-planner", WeddingPlannerCase::main);
        MAINS.put("it-consulting", ItConsultingCase::main);
        MAINS.put("late-paying-client", LatePayingClientCase::main);
    }

    @Test
    void registry_listsEveryCaseWithAMain() {
        assertThat(CaseStudies.all().stream().map(CaseStudy::name)).containsExactlyElementsOf(MAINS.keySet());
    }

    @TestFactory
    Stream<DynamicTest> main_printsTheGoldenReport() {
        return MAINS.entrySet().stream()
                .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
                    String printed = capture(e.getValue());
                    Golden.assertMatches(Golden.REPORTS.resolve(e.getKey() + ".txt"), printed);
                }));
    }

    @TestFactory
    Stream<DynamicTest> textReport_fitsIn100Columns() {
        return CaseStudies.all().stream()
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                    String text = TextReport.render(c.agreement().get(), c.evaluate());
                    assertThat(text.lines())
                            .allSatisfy(
                                    line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(100));
                    assertThat(text.lines()).noneMatch(line -> line.endsWith(" "));
                }));
    }

    @TestFactory
    Stream<DynamicTest> samples_areTheCasesWrittenAsJson_andReadBackEqual() {
        return CaseStudies.all().stream()
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                    Agreement agreement = c.agreement().get();
                    Timeline timeline = Timeline.builder()
                            .from(c.timeline().get())
                            .agreement(agreement.id())
                            .build();
                    Path agreementFile = Golden.SAMPLES.resolve(c.name() + ".agreement.json");
                    Path timelineFile = Golden.SAMPLES.resolve(c.name() + ".timeline.json");
                    Golden.assertMatches(agreementFile, PactaJson.AGREEMENT.write(agreement));
                    Golden.assertMatches(timelineFile, PactaJson.TIMELINE.write(timeline));
                    assertThat(PactaJson.AGREEMENT.read(agreementFile)).isEqualTo(agreement);
                    assertThat(PactaJson.TIMELINE.read(timelineFile)).isEqualTo(timeline);
                }));
    }

    // What each case is there to show: if the engine's results drift, the story of the case breaks here first.

    @Test
    void webDevelopment_launchSlipsFourBusinessDays_threeBakeryOneStudio() {
        MilestoneReport launch = report("web-development").milestones().get(0);
        assertThat(launch.state()).isEqualTo(MilestoneState.REACHED_LATE);
        assertThat(launch.daysLate()).contains(4L);
        assertThat(launch.attribution())
                .isEqualTo(Map.of(WebDevelopmentCase.CLIENT, 3L, WebDevelopmentCase.STUDIO, 1L));
    }

    @Test
    void marketingCampaign_lateApprovalMovesTheLaunch_slippageIsTheClients() {
        ComplianceReport r = report("marketing-campaign");
        assertThat(r.instance("approve-copy#1").orElseThrow().state()).isEqualTo(InstanceState.FULFILLED_LATE);
        assertThat(r.instance("launch-campaign#1").orElseThrow().state()).isEqualTo(InstanceState.FULFILLED);
        assertThat(r.milestones().get(0).attribution()).containsOnlyKeys(MarketingCampaignCase.CLIENT);
        assertThat(r.scorecard(MarketingCampaignCase.CLIENT).orElseThrow().lateWithNotice())
                .isEqualTo(1);
    }

    @Test
    void socialMediaRetainer_oneCheckInMissed_mayInvoiceLate() {
        ComplianceReport r = report("social-media-retainer");
        assertThat(r.instance("check-in#4").orElseThrow().state()).isEqualTo(InstanceState.BREACHED);
        assertThat(r.instance("invoice#2").orElseThrow().state()).isEqualTo(InstanceState.FULFILLED_LATE);
        assertThat(r.scorecard(SocialMediaRetainerCase.CLIENT).orElseThrow().responsesWithinWindow())
                .isEqualTo(11);
    }

    @Test
    void softwarePrototype_onSchedule_noBreach() {
        ComplianceReport r = report("software-prototype");
        assertThat(r.instances()).noneMatch(i -> i.state() == InstanceState.BREACHED);
        assertThat(r.milestones()).allMatch(m -> m.state() == MilestoneState.REACHED);
    }

    @Test
    void weddingPlanner_guestListLate_invitationsBlocked_milestoneAtRisk() {
        ComplianceReport r = report("wedding-planner");
        assertThat(r.instance("guest-list#1").orElseThrow().state()).isEqualTo(InstanceState.BREACHED);
        assertThat(r.instance("invitations#1").orElseThrow().state()).isEqualTo(InstanceState.BLOCKED);
        assertThat(r.milestones().get(0).state()).isEqualTo(MilestoneState.AT_RISK);
    }

    @Test
    void itConsulting_noPointOfContact_ruleFires() {
        ComplianceReport r = report("it-consulting");
        assertThat(r.findings())
                .anyMatch(f -> f.code().equals("NO_POINT_OF_CONTACT")
                        && f.party().equals(java.util.Optional.of(ItConsultingCase.CLIENT)));
        assertThat(r.findings())
                .noneMatch(f -> f.code().equals("NO_POINT_OF_CONTACT")
                        && f.party().equals(java.util.Optional.of(ItConsultingCase.CONSULTANCY)));
    }

    @Test
    void latePayingClient_depositNeverPaid_feesInterestAndSuspension() {
        ComplianceReport r = report("late-paying-client");
        assertThat(r.instance("deposit#1").orElseThrow().state()).isEqualTo(InstanceState.BREACHED);
        assertThat(r.instance("balance#1").orElseThrow().state()).isEqualTo(InstanceState.FULFILLED_LATE);
        assertThat(r.instance("deposit#1").orElseThrow().payment().orElseThrow().lateFee())
                .isPresent();
        assertThat(r.instance("balance#1").orElseThrow().payment().orElseThrow().interest())
                .isPresent();
        assertThat(r.rights()).anyMatch(g -> g.right().equals("SUSPEND_WORK"));
    }

    private static ComplianceReport report(String name) {
        return CaseStudies.find(name).orElseThrow().evaluate();
    }

    /** Runs a main method and returns what it printed. */
    static String capture(Consumer<String[]> main) {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            main.accept(new String[0]);
        } finally {
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    static List<String> names() {
        return List.copyOf(MAINS.keySet());
    }
}
