package dev.pacta.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.pacta.core.Identifier;
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
import dev.pacta.core.report.ComplianceChanges;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.Finding;
import dev.pacta.core.report.GrantedRight;
import dev.pacta.core.report.InstanceChange;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.report.Lateness;
import dev.pacta.core.report.MilestoneReport;
import dev.pacta.core.report.PaymentBalance;
import dev.pacta.core.report.PaymentReport;
import dev.pacta.core.report.Scorecard;
import dev.pacta.core.time.BusinessCalendar;
import dev.pacta.core.time.CalendarId;
import dev.pacta.core.time.Recurrence;
import dev.pacta.core.time.Span;
import dev.pacta.json.internal.deser.AgreementDeserializer;
import dev.pacta.json.internal.deser.AmendmentDeserializer;
import dev.pacta.json.internal.deser.Calendars;
import dev.pacta.json.internal.deser.DeadlineRuleDeserializer;
import dev.pacta.json.internal.deser.EventDeserializer;
import dev.pacta.json.internal.deser.MilestoneDeserializer;
import dev.pacta.json.internal.deser.ObligationDeserializer;
import dev.pacta.json.internal.deser.PartyDeserializer;
import dev.pacta.json.internal.deser.RecurrenceDeserializer;
import dev.pacta.json.internal.deser.RemedyDeserializer;
import dev.pacta.json.internal.deser.ReportDeserializers;
import dev.pacta.json.internal.deser.ScalarDeserializer;
import dev.pacta.json.internal.deser.SpanDeserializer;
import dev.pacta.json.internal.deser.TimelineDeserializer;
import dev.pacta.json.internal.deser.TriggerDeserializer;
import dev.pacta.json.internal.ser.AgreementSerializer;
import dev.pacta.json.internal.ser.AmendmentSerializer;
import dev.pacta.json.internal.ser.CalendarSerializer;
import dev.pacta.json.internal.ser.DeadlineRuleSerializer;
import dev.pacta.json.internal.ser.EventSerializer;
import dev.pacta.json.internal.ser.MilestoneSerializer;
import dev.pacta.json.internal.ser.ObligationSerializer;
import dev.pacta.json.internal.ser.PartySerializer;
import dev.pacta.json.internal.ser.RecurrenceSerializer;
import dev.pacta.json.internal.ser.RemedySerializer;
import dev.pacta.json.internal.ser.ReportSerializers;
import dev.pacta.json.internal.ser.ScalarSerializer;
import dev.pacta.json.internal.ser.SpanSerializer;
import dev.pacta.json.internal.ser.TimelineSerializer;
import dev.pacta.json.internal.ser.TriggerSerializer;

/**
 * The Jackson module of Pacta's model types: a serializer and a strict deserializer for every core type that appears
 * in Pacta's documents ({@link Agreement}, {@link Timeline}, {@link ComplianceReport}, {@link ComplianceChanges},
 * {@link BusinessCalendar} (whose combinations may name only the built-in calendars) and everything inside them,
 * down to {@link Money}, {@link EventTime}, {@link Span} and the ids). Templates and scenarios are read and written only through {@link PactaJson}, which resolves their placeholders and template files.
 *
 * <p>Most callers never need this class: {@link PactaJson} reads and writes documents on its own hardened mapper.
 * Register it on an existing {@code ObjectMapper} to embed Pacta values in other JSON ({@code
 * mapper.registerModule(new PactaModule())}, or {@code findAndRegisterModules()}, which finds it through
 * {@link java.util.ServiceLoader}). The deserializers are strict whatever the mapper's configuration; the parser
 * limits ({@code docs/json-format.md}) are only those of the mapper's own factory, and an embedded agreement or
 * timeline may omit its format marker. JDK types ({@code LocalDate}, {@code BigDecimal}, ...) are left to the
 * mapper: this module registers only Pacta's types.
 */
public final class PactaModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** Creates the module; public for {@link java.util.ServiceLoader}. */
    public PactaModule() {
        super("dev.pacta.json", new Version(0, 1, 0, "SNAPSHOT", "dev.pacta", "pacta-json"));
        addSerializer(Agreement.class, AgreementSerializer.INSTANCE);
        addSerializer(Party.class, PartySerializer.INSTANCE);
        addSerializer(Obligation.class, ObligationSerializer.INSTANCE);
        addSerializer(Trigger.class, TriggerSerializer.INSTANCE);
        addSerializer(DeadlineRule.class, DeadlineRuleSerializer.INSTANCE);
        addSerializer(Recurrence.class, RecurrenceSerializer.INSTANCE);
        addSerializer(Span.class, SpanSerializer.INSTANCE);
        addSerializer(Remedy.class, RemedySerializer.INSTANCE);
        addSerializer(Milestone.class, MilestoneSerializer.INSTANCE);
        addSerializer(Timeline.class, TimelineSerializer.INSTANCE);
        addSerializer(Event.class, EventSerializer.INSTANCE);
        addSerializer(Amendment.class, AmendmentSerializer.INSTANCE);
        addSerializer(Money.class, ScalarSerializer.MONEY);
        addSerializer(EventTime.class, ScalarSerializer.EVENT_TIME);
        addSerializer(Role.class, ScalarSerializer.ROLE);
        addSerializer(Identifier.class, ScalarSerializer.IDENTIFIER);
        addSerializer(ComplianceReport.class, ReportSerializers.REPORT);
        addSerializer(InstanceReport.class, ReportSerializers.INSTANCE);
        addSerializer(Lateness.class, ReportSerializers.LATENESS);
        addSerializer(PaymentReport.class, ReportSerializers.PAYMENT);
        addSerializer(MilestoneReport.class, ReportSerializers.MILESTONE);
        addSerializer(Finding.class, ReportSerializers.FINDING);
        addSerializer(GrantedRight.class, ReportSerializers.RIGHT);
        addSerializer(PaymentBalance.class, ReportSerializers.BALANCE);
        addSerializer(Scorecard.class, ReportSerializers.SCORECARD);
        addSerializer(ComplianceChanges.class, ReportSerializers.CHANGES);
        addSerializer(InstanceChange.class, ReportSerializers.CHANGE);
        addSerializer(BusinessCalendar.class, CalendarSerializer.INSTANCE);

        addDeserializer(Agreement.class, AgreementDeserializer.INSTANCE);
        addDeserializer(Party.class, PartyDeserializer.INSTANCE);
        addDeserializer(Obligation.class, ObligationDeserializer.INSTANCE);
        addDeserializer(Trigger.class, TriggerDeserializer.INSTANCE);
        addDeserializer(DeadlineRule.class, DeadlineRuleDeserializer.INSTANCE);
        addDeserializer(Recurrence.class, RecurrenceDeserializer.INSTANCE);
        addDeserializer(Span.class, SpanDeserializer.INSTANCE);
        addDeserializer(Remedy.class, RemedyDeserializer.INSTANCE);
        addDeserializer(Milestone.class, MilestoneDeserializer.INSTANCE);
        addDeserializer(Timeline.class, TimelineDeserializer.INSTANCE);
        addDeserializer(Event.class, EventDeserializer.INSTANCE);
        addDeserializer(Amendment.class, AmendmentDeserializer.INSTANCE);
        addDeserializer(Money.class, ScalarDeserializer.MONEY);
        addDeserializer(EventTime.class, ScalarDeserializer.EVENT_TIME);
        addDeserializer(Role.class, ScalarDeserializer.ROLE);
        addDeserializer(AgreementId.class, ScalarDeserializer.AGREEMENT_ID);
        addDeserializer(PartyId.class, ScalarDeserializer.PARTY_ID);
        addDeserializer(ObligationId.class, ScalarDeserializer.OBLIGATION_ID);
        addDeserializer(MilestoneId.class, ScalarDeserializer.MILESTONE_ID);
        addDeserializer(EventId.class, ScalarDeserializer.EVENT_ID);
        addDeserializer(CalendarId.class, ScalarDeserializer.CALENDAR_ID);
        addDeserializer(ComplianceReport.class, ReportDeserializers.REPORT);
        addDeserializer(InstanceReport.class, ReportDeserializers.INSTANCE);
        addDeserializer(Lateness.class, ReportDeserializers.LATENESS);
        addDeserializer(PaymentReport.class, ReportDeserializers.PAYMENT);
        addDeserializer(MilestoneReport.class, ReportDeserializers.MILESTONE);
        addDeserializer(Finding.class, ReportDeserializers.FINDING);
        addDeserializer(GrantedRight.class, ReportDeserializers.RIGHT);
        addDeserializer(PaymentBalance.class, ReportDeserializers.BALANCE);
        addDeserializer(Scorecard.class, ReportDeserializers.SCORECARD);
        addDeserializer(ComplianceChanges.class, ReportDeserializers.CHANGES);
        addDeserializer(InstanceChange.class, ReportDeserializers.CHANGE);
        addDeserializer(BusinessCalendar.class, Calendars.Deserializer.INSTANCE);
    }
}
