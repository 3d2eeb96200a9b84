package dev.pacta.bench;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Timeline;
import java.util.List;

/**
 * One generated agreement: the Pacta model and timeline, and the simple-rule view of the same data.
 *
 * @param agreement the agreement
 * @param timeline its events, in chronological order
 * @param instances the simple-rule view of its obligation instances
 * @param events the simple-rule view of its events (same events as the timeline, same order)
 */
public record AgreementCase(
        Agreement agreement, Timeline timeline, List<SimpleInstance> instances, List<SimpleEvent> events) {}
