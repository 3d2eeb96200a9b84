/**
 * Pacta core: the domain model of service agreements, business calendars, money and the compliance engine.
 *
 * <p>No runtime dependencies. Immutables' annotations are needed at compile time only.
 */
module dev.pacta.core {
    requires static org.immutables.value.annotations;

    exports dev.pacta.core;
    exports dev.pacta.core.time;
    exports dev.pacta.core.money;
    exports dev.pacta.core.model;
    exports dev.pacta.core.report;
    exports dev.pacta.core.engine;
    exports dev.pacta.core.template;
    exports dev.pacta.core.scenario;
}
