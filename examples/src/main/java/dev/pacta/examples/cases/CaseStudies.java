package dev.pacta.examples.cases;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Every runnable case study, in the order of the article's sections they come from ({@code docs/design.md} §8). */
public final class CaseStudies {
    private static final List<CaseStudy> ALL = List.of(
            new CaseStudy(
                    "web-development",
                    "a bakery's website: content 3 days late, the launch 4 business days late",
                    WebDevelopmentCase::agreement,
                    WebDevelopmentCase::timeline,
                    WebDevelopmentCase.AS_OF),
            new CaseStudy(
                    "marketing-campaign",
                    "final copy approved late after an advance notice; the campaign launch slips",
                    MarketingCampaignCase::agreement,
                    MarketingCampaignCase::timeline,
                    MarketingCampaignCase.AS_OF),
            new CaseStudy(
                    "social-media-retainer",
                    "posts approved within 2 business days, a monthly invoice, a weekly check-in",
                    SocialMediaRetainerCase::agreement,
                    SocialMediaRetainerCase::timeline,
                    SocialMediaRetainerCase.AS_OF),
            new CaseStudy(
                    "software-prototype",
                    "a custom app built in prototype rounds with prompt feedback, on schedule",
                    SoftwarePrototypeCase::agreement,
                    SoftwarePrototypeCase::timeline,
                    SoftwarePrototypeCase.AS_OF),
            new CaseStudy(
                    "wedding-planner",
                    "the guest list is late: the invitations are blocked and the milestone at risk",
                    WeddingPlannerCase::agreement,
                    WeddingPlannerCase::timeline,
                    WeddingPlannerCase.AS_OF),
            new CaseStudy(
                    "it-consulting",
                    "the client names no point of contact and grants data access late",
                    ItConsultingCase::agreement,
                    ItConsultingCase::timeline,
                    ItConsultingCase.AS_OF),
            new CaseStudy(
                    "late-paying-client",
                    "deposit never paid, balance paid late: fees, interest, right to suspend",
                    LatePayingClientCase::agreement,
                    LatePayingClientCase::timeline,
                    LatePayingClientCase.AS_OF));

    private CaseStudies() {}

    /**
     * Every case study.
     *
     * @return the case studies, in a stable order
     */
    public static List<CaseStudy> all() {
        return ALL;
    }

    /**
     * The case study with a name.
     *
     * @param name e.g. {@code web-development}
     * @return the case study, if there is one with that name
     */
    public static Optional<CaseStudy> find(String name) {
        return ALL.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /**
     * The names, for messages and help.
     *
     * @return e.g. {@code "web-development, marketing-campaign, ..."}
     */
    public static String names() {
        return ALL.stream().map(CaseStudy::name).collect(Collectors.joining(", "));
    }
}
