package dev.pacta.json.internal.document;

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
import dev.pacta.core.model.TerminationClause;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.model.Trigger;
import dev.pacta.core.money.Money;
import dev.pacta.core.report.Charge;
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
import dev.pacta.json.internal.deser.Calendars;
import dev.pacta.json.internal.deser.DeadlineRuleDeserializer;
import dev.pacta.json.internal.deser.EventDeserializer;
import dev.pacta.json.internal.deser.RecurrenceDeserializer;
import dev.pacta.json.internal.deser.ReportDeserializers;
import dev.pacta.json.internal.deser.ScalarDeserializer;
import dev.pacta.json.internal.deser.SpanDeserializer;
import dev.pacta.json.internal.deser.TableDeserializer;
import dev.pacta.json.internal.deser.TimelineDeserializer;
import dev.pacta.json.internal.ser.AgreementSerializer;
import dev.pacta.json.internal.ser.CalendarSerializer;
import dev.pacta.json.internal.ser.DeadlineRuleSerializer;
import dev.pacta.json.internal.ser.EventSerializer;
import dev.pacta.json.internal.ser.RecurrenceSerializer;
import dev.pacta.json.internal.ser.ReportSerializers;
import dev.pacta.json.internal.ser.ScalarSerializer;
import dev.pacta.json.internal.ser.SpanSerializer;
import dev.pacta.json.internal.ser.TableSerializer;
import dev.pacta.json.internal.ser.TimelineSerializer;
import dev.pacta.json.internal.wire.InstanceTables;
import dev.pacta.json.internal.wire.ReportTables;
import dev.pacta.json.internal.wire.WireTypes;
import dev.pacta.json.internal.wire.WireUnions;

/**
 * Which serializer and deserializer each of Pacta's model types has: the one list that both
 * {@code dev.pacta.json.PactaModule}, for callers' own mappers, and {@link Documents}' hardened mapper register.
 *
 * <p>It sits above {@code internal.deser} and {@code internal.ser}, which it names, so that neither the documents'
 * mapper nor anything else in the internal packages needs the public module class.
 */
public final class Bindings {
    private Bindings() {}

    /**
     * Adds every serializer and deserializer to a module.
     *
     * @param module the module
     * @param <M> the module's type
     * @return the module
     */
    public static <M extends SimpleModule> M register(M module) {
        module.addSerializer(Agreement.class, AgreementSerializer.INSTANCE);
        module.addSerializer(Party.class, new TableSerializer<>(Party.class, WireTypes.PARTY));
        module.addSerializer(Obligation.class, new TableSerializer<>(Obligation.class, WireTypes.OBLIGATION));
        module.addSerializer(
                TerminationClause.class, new TableSerializer<>(TerminationClause.class, WireTypes.TERMINATION_CLAUSE));
        module.addSerializer(Trigger.class, WireUnions.TRIGGER_WRITER);
        module.addSerializer(DeadlineRule.class, DeadlineRuleSerializer.INSTANCE);
        module.addSerializer(Recurrence.class, RecurrenceSerializer.INSTANCE);
        module.addSerializer(Span.class, SpanSerializer.INSTANCE);
        module.addSerializer(Remedy.class, WireUnions.REMEDY_WRITER);
        module.addSerializer(Milestone.class, new TableSerializer<>(Milestone.class, WireTypes.MILESTONE));
        module.addSerializer(Timeline.class, TimelineSerializer.INSTANCE);
        module.addSerializer(Event.class, EventSerializer.INSTANCE);
        module.addSerializer(Amendment.class, new TableSerializer<>(Amendment.class, WireTypes.AMENDMENT));
        module.addSerializer(Money.class, ScalarSerializer.MONEY);
        module.addSerializer(EventTime.class, ScalarSerializer.EVENT_TIME);
        module.addSerializer(Role.class, ScalarSerializer.ROLE);
        module.addSerializer(Identifier.class, ScalarSerializer.IDENTIFIER);
        module.addSerializer(ComplianceReport.class, ReportSerializers.REPORT);
        module.addSerializer(
                InstanceReport.class, new TableSerializer<>(InstanceReport.class, InstanceTables.INSTANCE));
        module.addSerializer(Lateness.class, new TableSerializer<>(Lateness.class, InstanceTables.LATENESS));
        module.addSerializer(PaymentReport.class, new TableSerializer<>(PaymentReport.class, InstanceTables.PAYMENT));
        module.addSerializer(Charge.class, new TableSerializer<>(Charge.class, InstanceTables.CHARGE));
        module.addSerializer(
                MilestoneReport.class, new TableSerializer<>(MilestoneReport.class, ReportTables.MILESTONE));
        module.addSerializer(Finding.class, new TableSerializer<>(Finding.class, ReportTables.FINDING));
        module.addSerializer(GrantedRight.class, new TableSerializer<>(GrantedRight.class, ReportTables.RIGHT));
        module.addSerializer(PaymentBalance.class, new TableSerializer<>(PaymentBalance.class, ReportTables.BALANCE));
        module.addSerializer(Scorecard.class, new TableSerializer<>(Scorecard.class, ReportTables.SCORECARD));
        module.addSerializer(ComplianceChanges.class, ReportSerializers.CHANGES);
        module.addSerializer(InstanceChange.class, ReportSerializers.CHANGE);
        module.addSerializer(BusinessCalendar.class, CalendarSerializer.INSTANCE);

        module.addDeserializer(Agreement.class, AgreementDeserializer.INSTANCE);
        module.addDeserializer(Party.class, new TableDeserializer<>(Party.class, WireTypes.PARTY));
        module.addDeserializer(Obligation.class, new TableDeserializer<>(Obligation.class, WireTypes.OBLIGATION));
        module.addDeserializer(
                TerminationClause.class,
                new TableDeserializer<>(TerminationClause.class, WireTypes.TERMINATION_CLAUSE));
        module.addDeserializer(Trigger.class, WireUnions.TRIGGER_READER);
        module.addDeserializer(DeadlineRule.class, DeadlineRuleDeserializer.INSTANCE);
        module.addDeserializer(Recurrence.class, RecurrenceDeserializer.INSTANCE);
        module.addDeserializer(Span.class, SpanDeserializer.INSTANCE);
        module.addDeserializer(Remedy.class, WireUnions.REMEDY_READER);
        module.addDeserializer(Milestone.class, new TableDeserializer<>(Milestone.class, WireTypes.MILESTONE));
        module.addDeserializer(Timeline.class, TimelineDeserializer.INSTANCE);
        module.addDeserializer(Event.class, EventDeserializer.INSTANCE);
        module.addDeserializer(Amendment.class, new TableDeserializer<>(Amendment.class, WireTypes.AMENDMENT));
        module.addDeserializer(Money.class, ScalarDeserializer.MONEY);
        module.addDeserializer(EventTime.class, ScalarDeserializer.EVENT_TIME);
        module.addDeserializer(Role.class, ScalarDeserializer.ROLE);
        module.addDeserializer(AgreementId.class, ScalarDeserializer.AGREEMENT_ID);
        module.addDeserializer(PartyId.class, ScalarDeserializer.PARTY_ID);
        module.addDeserializer(ObligationId.class, ScalarDeserializer.OBLIGATION_ID);
        module.addDeserializer(MilestoneId.class, ScalarDeserializer.MILESTONE_ID);
        module.addDeserializer(EventId.class, ScalarDeserializer.EVENT_ID);
        module.addDeserializer(CalendarId.class, ScalarDeserializer.CALENDAR_ID);
        module.addDeserializer(ComplianceReport.class, ReportDeserializers.REPORT);
        module.addDeserializer(
                InstanceReport.class, new TableDeserializer<>(InstanceReport.class, InstanceTables.INSTANCE));
        module.addDeserializer(Lateness.class, new TableDeserializer<>(Lateness.class, InstanceTables.LATENESS));
        module.addDeserializer(
                PaymentReport.class, new TableDeserializer<>(PaymentReport.class, InstanceTables.PAYMENT));
        module.addDeserializer(Charge.class, new TableDeserializer<>(Charge.class, InstanceTables.CHARGE));
        module.addDeserializer(
                MilestoneReport.class, new TableDeserializer<>(MilestoneReport.class, ReportTables.MILESTONE));
        module.addDeserializer(Finding.class, new TableDeserializer<>(Finding.class, ReportTables.FINDING));
        module.addDeserializer(GrantedRight.class, new TableDeserializer<>(GrantedRight.class, ReportTables.RIGHT));
        module.addDeserializer(
                PaymentBalance.class, new TableDeserializer<>(PaymentBalance.class, ReportTables.BALANCE));
        module.addDeserializer(Scorecard.class, new TableDeserializer<>(Scorecard.class, ReportTables.SCORECARD));
        module.addDeserializer(ComplianceChanges.class, ReportDeserializers.CHANGES);
        module.addDeserializer(InstanceChange.class, ReportDeserializers.CHANGE);
        module.addDeserializer(BusinessCalendar.class, Calendars.Deserializer.INSTANCE);
        return module;
    }
}
