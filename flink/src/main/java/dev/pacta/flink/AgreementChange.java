package dev.pacta.flink;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Objects;

/**
 * One row of a change of compliance, as {@link PactaFlink#evaluate} emits it: an instance of an agreement's obligation
 * whose standing changed at an instant.
 *
 * <p>{@link #key()} is deterministic: a replay of the same input after a failure emits the same keys, so that a sink
 * can deduplicate or write idempotently. A {@link #correction() correction} is a change that input arriving late
 * brought about (an event earlier than the evaluation's clock, or a replaced agreement): it revises the past rather
 * than reporting time moving on. Flink serializes this record as a POJO. This class is immutable and thread-safe.
 *
 * @param agreement the agreement id
 * @param instance the instance id, e.g. {@code approve-mockup#2}
 * @param from the state before, e.g. {@code UPCOMING}; null for a new row
 * @param to the state after, e.g. {@code BREACHED}; null for a row that disappeared
 * @param instant the instant the change is as of (the evaluation's clock)
 * @param explanation the explanation of the row after the change; empty for a row that disappeared
 * @param sequence the number of this instance's earlier changes emitted as of the same instant
 * @param correction whether late input brought the change about
 */
public record AgreementChange(
        String agreement,
        String instance,
        String from,
        String to,
        Instant instant,
        String explanation,
        int sequence,
        boolean correction) {
    /**
     * Checks the parts.
     *
     * @param agreement the agreement id
     * @param instance the instance id
     * @param from the state before, or null
     * @param to the state after, or null
     * @param instant the instant
     * @param explanation the explanation
     * @param sequence the sequence number at the instant
     * @param correction whether late input brought the change about
     */
    public AgreementChange {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(instant, "instant");
        Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * The deterministic key: agreement, instance, instant and sequence, e.g. {@code
     * web-2026/approve-mockup#2@2026-03-06T23:00:00Z#0}.
     *
     * @return the key
     */
    public String key() {
        return agreement + "/" + instance + "@" + instant + "#" + sequence;
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The change as one line of JSON, as the Kafka sink writes it: {@code {"key": ..., "agreement": ..., "instance":
     * ..., "from": ..., "to": ..., "instant": ..., "explanation": ..., "sequence": ..., "correction": ...}}, with
     * {@code from} or {@code to} null where there is no state.
     *
     * @return the JSON text
     */
    public String toJson() {
        ObjectNode o = JSON.createObjectNode();
        o.put("key", key());
        o.put("agreement", agreement);
        o.put("instance", instance);
        o.put("from", from);
        o.put("to", to);
        o.put("instant", instant.toString());
        o.put("explanation", explanation);
        o.put("sequence", sequence);
        o.put("correction", correction);
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a change written by {@link #toJson()}.
     *
     * @param json the JSON text
     * @return the change
     * @throws IllegalArgumentException if the text is not such a change
     */
    public static AgreementChange parseJson(String json) {
        try {
            JsonNode o = JSON.readTree(json);
            return new AgreementChange(
                    o.required("agreement").asText(),
                    o.required("instance").asText(),
                    o.path("from").isTextual() ? o.get("from").asText() : null,
                    o.path("to").isTextual() ? o.get("to").asText() : null,
                    Instant.parse(o.required("instant").asText()),
                    o.required("explanation").asText(),
                    o.required("sequence").asInt(),
                    o.required("correction").asBoolean());
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalArgumentException("not a change: " + json, e);
        }
    }

    /**
     * Whether the state changed, as opposed to only the due date, fulfilment, notices, payments or blockers.
     *
     * @return whether {@link #from()} and {@link #to()} differ
     */
    public boolean isStateChange() {
        return !Objects.equals(from, to);
    }
}
