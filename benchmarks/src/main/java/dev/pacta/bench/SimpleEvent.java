package dev.pacta.bench;

import java.time.LocalDate;

/**
 * An event as the baselines see it: the simple-rule view of one Pacta {@link dev.pacta.core.model.Event}.
 *
 * @param agreement the agreement id
 * @param id the event id, unique within the agreement
 * @param kind the event kind
 * @param actor the party that did it
 * @param date the day it happened
 * @param instance the id of the instance it is a fulfilment of, or null for an event that fulfils nothing
 */
public record SimpleEvent(String agreement, String id, String kind, String actor, LocalDate date, String instance) {}
