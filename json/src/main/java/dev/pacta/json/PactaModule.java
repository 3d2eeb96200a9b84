package dev.pacta.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.EventTime;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.money.Money;
import dev.pacta.core.report.ComplianceChanges;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.time.BusinessCalendar;
import dev.pacta.core.time.Span;
import dev.pacta.json.internal.document.Bindings;

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
        Bindings.register(this);
    }
}
