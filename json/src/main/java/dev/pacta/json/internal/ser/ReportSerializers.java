package dev.pacta.json.internal.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.pacta.core.report.ComplianceChanges;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.Finding;
import dev.pacta.core.report.GrantedRight;
import dev.pacta.core.report.InstanceChange;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.report.MilestoneReport;
import dev.pacta.core.report.PaymentBalance;
import dev.pacta.core.report.Scorecard;
import dev.pacta.json.DocumentKind;
import java.io.IOException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Writes a {@link ComplianceReport} as a {@code report/1} document and a {@link ComplianceChanges} as a
 * {@code changes/1} document, and a change; the rows are written by their tables ({@code internal.wire}), found in the
 * provider's registry.
 *
 * <p>Instants are written as RFC 3339 timestamps at their offset in the report's zone (so that they also read as
 * local times); changes, which have no zone, and a part written on its own, outside a report, use UTC ({@link #zone}).
 * The document's own lists are always written.
 */
public final class ReportSerializers {
    /** The provider attribute that carries the report's zone to the parts' serializers. */
    private static final Object ZONE = new Object() {
        @Override
        public String toString() {
            return "pacta.report.zone";
        }
    };

    /** The report. */
    public static final StdSerializer<ComplianceReport> REPORT = new Ser<>(ComplianceReport.class) {
        @Override
        void write(ComplianceReport v, JsonGenerator g, SerializerProvider provider) throws IOException {
            Object outer = provider.getAttribute(ZONE);
            provider.setAttribute(ZONE, v.zone());
            try {
                g.writeStartObject();
                g.writeStringField(DocumentKind.MARKER_PROPERTY, DocumentKind.REPORT.marker());
                g.writeStringField("agreement", v.agreement().value());
                g.writeStringField("asOf", Write.instant(v.asOf(), v.zone()));
                g.writeStringField("zone", v.zone().getId());
                g.writeStringField("horizon", v.horizon().toString());
                Write.instant(g, "nextChange", v.nextChange(), v.zone());
                list(g, "instances", v.instances(), provider.findValueSerializer(InstanceReport.class), provider);
                list(g, "milestones", v.milestones(), provider.findValueSerializer(MilestoneReport.class), provider);
                list(g, "findings", v.findings(), provider.findValueSerializer(Finding.class), provider);
                list(g, "rights", v.rights(), provider.findValueSerializer(GrantedRight.class), provider);
                list(g, "balances", v.balances(), provider.findValueSerializer(PaymentBalance.class), provider);
                list(g, "scorecards", v.scorecards(), provider.findValueSerializer(Scorecard.class), provider);
                g.writeEndObject();
            } finally {
                provider.setAttribute(ZONE, outer);
            }
        }
    };

    /** The changes between two looks at a live evaluation; instants in UTC, as they have no zone. */
    public static final StdSerializer<ComplianceChanges> CHANGES = new Ser<>(ComplianceChanges.class) {
        @Override
        void write(ComplianceChanges v, JsonGenerator g, SerializerProvider provider) throws IOException {
            Object outer = provider.getAttribute(ZONE);
            provider.setAttribute(ZONE, ZoneOffset.UTC);
            try {
                g.writeStartObject();
                g.writeStringField(DocumentKind.MARKER_PROPERTY, DocumentKind.CHANGES.marker());
                g.writeStringField("agreement", v.agreement().value());
                Write.instant(g, "since", v.since(), ZoneOffset.UTC);
                g.writeStringField("asOf", Write.instant(v.asOf(), ZoneOffset.UTC));
                list(g, "instances", v.instances(), CHANGE, provider);
                g.writeEndObject();
            } finally {
                provider.setAttribute(ZONE, outer);
            }
        }
    };

    /** How one instance changed: its states before and after, what changed, and its report unless it is gone. */
    public static final StdSerializer<InstanceChange> CHANGE = new Ser<>(InstanceChange.class) {
        @Override
        void write(InstanceChange v, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeStartObject();
            g.writeStringField("instance", v.instance().toString());
            if (v.before().isPresent()) {
                g.writeStringField("before", v.before().get().name());
            }
            if (v.after().isPresent()) {
                g.writeStringField("after", v.after().get().name());
            }
            g.writeArrayFieldStart("aspects");
            for (InstanceChange.Aspect a : v.aspects()) {
                g.writeString(a.name());
            }
            g.writeEndArray();
            if (v.report().isPresent()) {
                g.writeFieldName("report");
                provider.findValueSerializer(InstanceReport.class)
                        .serialize(v.report().get(), g, provider);
            }
            g.writeEndObject();
        }
    };

    private ReportSerializers() {}

    /**
     * The zone a report's instants are written in: the report's, set by its writer, or UTC.
     *
     * @param provider the provider
     * @return the zone
     */
    public static ZoneId zone(SerializerProvider provider) {
        return provider.getAttribute(ZONE) instanceof ZoneId zone ? zone : ZoneOffset.UTC;
    }

    private static <T> void list(
            JsonGenerator g,
            String name,
            List<T> values,
            JsonSerializer<? super T> serializer,
            SerializerProvider provider)
            throws IOException {
        g.writeArrayFieldStart(name);
        for (T value : values) {
            serializer.serialize(value, g, provider);
        }
        g.writeEndArray();
    }

    /** A stateless serializer; the indirection keeps each type's code in one method. */
    private abstract static class Ser<T> extends StdSerializer<T> {
        private static final long serialVersionUID = 1L;

        Ser(Class<T> type) {
            super(type);
        }

        abstract void write(T value, JsonGenerator g, SerializerProvider provider) throws IOException;

        @Override
        public final void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
            write(value, g, provider);
        }
    }
}
