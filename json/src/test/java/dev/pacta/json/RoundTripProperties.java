package dev.pacta.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.pacta.core.arbitraries.AgreementWithTimeline;
import dev.pacta.core.arbitraries.ModelArbitraries;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.AgreementId;
import dev.pacta.core.model.Amendment;
import dev.pacta.core.model.DeadlineRule;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.EventId;
import dev.pacta.core.model.EventTime;
import dev.pacta.core.model.Milestone;
import dev.pacta.core.model.MilestoneId;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.ObligationId;
import dev.pacta.core.model.Party;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.model.Remedy;
import dev.pacta.core.model.Role;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.model.Trigger;
import dev.pacta.core.money.Money;
import dev.pacta.core.time.CalendarId;
import dev.pacta.core.time.Recurrence;
import dev.pacta.core.time.Span;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** {@code read(write(x)).equals(x)} for every type the format writes, through the facade and through the module. */
class RoundTripProperties {
    private static final ObjectMapper MAPPER =
            JsonMapper.builder().addModule(new PactaModule()).build();

    private static <T> T viaModule(T value, Class<T> type) throws Exception {
        return MAPPER.readValue(MAPPER.writeValueAsString(value), type);
    }

    @Property(tries = 150)
    void agreement_roundTrips(@ForAll("agreements") Agreement agreement) {
        Statistics.label("obligations").collect(agreement.obligations().size());
        agreement
                .obligations()
                .forEach(o -> Statistics.label("trigger").collect(o.trigger().kind()));
        agreement
                .obligations()
                .forEach(o -> Statistics.label("deadline").collect(o.deadline().kind()));
        agreement
                .obligations()
                .forEach(o ->
                        o.remedies().forEach(r -> Statistics.label("remedy").collect(r.kind())));
        Statistics.label("value").collect(agreement.value().isPresent());
        String json = PactaJson.writeAgreement(agreement);
        assertThat(PactaJson.readAgreement(json)).isEqualTo(agreement);
        assertThat(PactaJson.writeAgreement(PactaJson.readAgreement(json))).isEqualTo(json);
    }

    @Property(tries = 150)
    void timeline_roundTrips(@ForAll("timelines") Timeline timeline) {
        timeline.events()
                .forEach(e -> Statistics.label("kind")
                        .collect(e.control().map(Enum::name).orElse("fact")));
        timeline.events()
                .forEach(e -> Statistics.label("at").collect(e.at().date().isPresent() ? "date" : "timestamp"));
        String json = PactaJson.writeTimeline(timeline);
        assertThat(PactaJson.readTimeline(json)).isEqualTo(timeline);
        assertThat(PactaJson.writeTimeline(PactaJson.readTimeline(json))).isEqualTo(json);
    }

    @Property(tries = 100)
    void modelTimeline_roundTrips(@ForAll("agreementsWithTimelines") AgreementWithTimeline sample) {
        Timeline timeline = sample.timeline();
        timeline.events()
                .forEach(e -> Statistics.label("kind")
                        .collect(e.control().map(Enum::name).orElse("fact")));
        String json = PactaJson.writeTimeline(timeline);
        assertThat(PactaJson.readTimeline(json)).isEqualTo(timeline);
        assertThat(PactaJson.readAgreement(PactaJson.writeAgreement(sample.agreement())))
                .isEqualTo(sample.agreement());
    }

    @Property(tries = 300)
    void obligation_roundTrips(@ForAll("obligations") Obligation obligation) throws Exception {
        Statistics.label("category").collect(obligation.category());
        Statistics.label("payment")
                .collect(
                        obligation.amount().isPresent()
                                ? "amount"
                                : obligation.percentOfValue().isPresent() ? "percent" : "none");
        assertThat(viaModule(obligation, Obligation.class)).isEqualTo(obligation);
    }

    @Property
    void trigger_roundTrips(@ForAll("triggers") Trigger trigger) throws Exception {
        Statistics.collect(trigger.kind());
        assertThat(viaModule(trigger, Trigger.class)).isEqualTo(trigger);
    }

    @Property
    void deadline_roundTrips(@ForAll("deadlines") DeadlineRule deadline) throws Exception {
        Statistics.collect(
                deadline.kind(),
                deadline.offset().map(Span::unit).map(Enum::name).orElse("-"));
        assertThat(viaModule(deadline, DeadlineRule.class)).isEqualTo(deadline);
    }

    @Property
    void span_roundTrips(@ForAll("spans") Span span) throws Exception {
        Statistics.collect(span.unit());
        assertThat(viaModule(span, Span.class)).isEqualTo(span);
    }

    @Property(tries = 300)
    void recurrence_roundTrips(@ForAll("recurrences") Recurrence recurrence) throws Exception {
        Statistics.collect(recurrence.frequency());
        assertThat(viaModule(recurrence, Recurrence.class)).isEqualTo(recurrence);
    }

    @Property
    void remedy_roundTrips(@ForAll("remedies") Remedy remedy) throws Exception {
        Statistics.collect(remedy.kind());
        assertThat(viaModule(remedy, Remedy.class)).isEqualTo(remedy);
    }

    @Property
    void party_roundTrips(@ForAll("parties") Party party) throws Exception {
        Statistics.collect(party.role().name(), party.contact().isPresent());
        assertThat(viaModule(party, Party.class)).isEqualTo(party);
        assertThat(viaModule(party.role(), Role.class)).isEqualTo(party.role());
        assertThat(viaModule(party.id(), PartyId.class)).isEqualTo(party.id());
    }

    @Property(tries = 300)
    void milestone_roundTrips(@ForAll("milestones") Milestone milestone) throws Exception {
        Statistics.collect(milestone.requires().size());
        assertThat(viaModule(milestone, Milestone.class)).isEqualTo(milestone);
        assertThat(viaModule(milestone.id(), MilestoneId.class)).isEqualTo(milestone.id());
    }

    @Property(tries = 300)
    void event_roundTrips(@ForAll("events") Event event) throws Exception {
        Statistics.collect(event.control().map(Enum::name).orElse("fact"));
        assertThat(viaModule(event, Event.class)).isEqualTo(event);
        assertThat(viaModule(event.id(), EventId.class)).isEqualTo(event.id());
    }

    @Property(tries = 300)
    void eventTime_roundTrips(@ForAll("eventTimes") EventTime time) throws Exception {
        Statistics.collect(
                time.date().isPresent()
                        ? "date"
                        : time.timestamp().get().getNano() == 0 ? "timestamp" : "timestamp with fraction");
        assertThat(viaModule(time, EventTime.class)).isEqualTo(time);
    }

    @Property(tries = 200)
    void amendment_roundTrips(@ForAll("amendments") Amendment amendment) throws Exception {
        Statistics.collect(
                amendment.milestoneTargets().isEmpty(),
                amendment.addObligations().size());
        assertThat(viaModule(amendment, Amendment.class)).isEqualTo(amendment);
    }

    @Property
    void money_roundTrips(@ForAll("monies") Money money) throws Exception {
        Statistics.collect(money.currency().getCurrencyCode());
        assertThat(viaModule(money, Money.class)).isEqualTo(money);
    }

    @Property
    void ids_roundTrip(@ForAll("idTexts") String text) throws Exception {
        assertThat(viaModule(AgreementId.of(text), AgreementId.class)).isEqualTo(AgreementId.of(text));
        assertThat(viaModule(ObligationId.of(text), ObligationId.class)).isEqualTo(ObligationId.of(text));
        assertThat(viaModule(CalendarId.of(text), CalendarId.class)).isEqualTo(CalendarId.of(text));
    }

    @Provide
    Arbitrary<Agreement> agreements() {
        return JsonArbitraries.agreement();
    }

    @Provide
    Arbitrary<AgreementWithTimeline> agreementsWithTimelines() {
        return ModelArbitraries.agreementsWithTimelines();
    }

    @Provide
    Arbitrary<Timeline> timelines() {
        return JsonArbitraries.timeline();
    }

    @Provide
    Arbitrary<Obligation> obligations() {
        return JsonArbitraries.obligation();
    }

    @Provide
    Arbitrary<Trigger> triggers() {
        return JsonArbitraries.trigger();
    }

    @Provide
    Arbitrary<DeadlineRule> deadlines() {
        return JsonArbitraries.deadline();
    }

    @Provide
    Arbitrary<Span> spans() {
        return JsonArbitraries.span();
    }

    @Provide
    Arbitrary<Recurrence> recurrences() {
        return JsonArbitraries.recurrence();
    }

    @Provide
    Arbitrary<Remedy> remedies() {
        return JsonArbitraries.remedy();
    }

    @Provide
    Arbitrary<Party> parties() {
        return JsonArbitraries.party();
    }

    @Provide
    Arbitrary<Milestone> milestones() {
        return JsonArbitraries.milestone();
    }

    @Provide
    Arbitrary<Event> events() {
        return JsonArbitraries.event();
    }

    @Provide
    Arbitrary<EventTime> eventTimes() {
        return JsonArbitraries.eventTime();
    }

    @Provide
    Arbitrary<Amendment> amendments() {
        return JsonArbitraries.amendment();
    }

    @Provide
    Arbitrary<Money> monies() {
        return JsonArbitraries.money();
    }

    @Provide
    Arbitrary<String> idTexts() {
        return JsonArbitraries.idText();
    }
}
