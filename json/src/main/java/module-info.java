/**
 * Pacta JSON: the documented JSON format of Pacta's documents ({@code agreement/1}, {@code timeline/1},
 * {@code report/1}, {@code template/1}, {@code scenario/1}, {@code changes/1}, {@code calendar/1}), a strict, hardened reader with precise
 * errors, a stable writer, and scenario files as tests.
 *
 * <p>Use the facade {@link dev.pacta.json.PactaJson}; callers never need to touch Jackson. Applications that already
 * have a Jackson {@code ObjectMapper} may register {@link dev.pacta.json.PactaModule} (also found by
 * {@code ObjectMapper.findAndRegisterModules()} through {@link java.util.ServiceLoader}). The serializers and
 * deserializers live in unexported packages.
 */
module dev.pacta.json {
    requires transitive dev.pacta.core;
    requires transitive com.fasterxml.jackson.databind;

    exports dev.pacta.json;

    provides com.fasterxml.jackson.databind.Module with
            dev.pacta.json.PactaModule;
}
