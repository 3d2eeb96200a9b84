package dev.pacta.bench;

import java.time.LocalDate;

/**
 * An obligation instance as the baselines see it, for the simple deadline rule: its first fulfilling event (the
 * events that name it in {@link SimpleEvent#instance()}) against its deadline gives on time / late, else overdue /
 * pending as of a date. The generator computes the deadline (after extensions).
 *
 * @param agreement the agreement id
 * @param id the instance id, as Pacta numbers it (obligation#n)
 * @param kind the event kind that fulfils it
 * @param obligor the party that owes it
 * @param inForce the first day a fulfilling event counts
 * @param deadline the last day on which fulfilment is on time
 */
public record SimpleInstance(
        String agreement, String id, String kind, String obligor, LocalDate inForce, LocalDate deadline) {}
