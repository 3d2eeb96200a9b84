package dev.pacta.flink;

import dev.pacta.core.model.Agreement;
import dev.pacta.json.PactaJson;
import java.util.Objects;

/**
 * An agreement on its way to the evaluation: its id, for keying, and the agreement as an {@code agreement/1} document.
 * A later record with the same id and a different document replaces the agreement (its events are re-evaluated
 * against the new version, and the changes that brings are marked as corrections).
 *
 * <p>The agreement travels and is kept in state as Pacta's versioned JSON document, so that a savepoint survives an
 * upgrade of Pacta. Flink serializes this record as a POJO. This class is immutable and thread-safe.
 *
 * @param agreement the agreement id
 * @param document the {@code agreement/1} document
 */
public record AgreementRecord(String agreement, String document) {
    /**
     * Checks the parts.
     *
     * @param agreement the agreement id
     * @param document the {@code agreement/1} document
     */
    public AgreementRecord {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(document, "document");
    }

    /**
     * The record of an agreement.
     *
     * @param agreement the agreement
     * @return its record
     */
    public static AgreementRecord of(Agreement agreement) {
        return new AgreementRecord(agreement.id().value(), PactaJson.AGREEMENT.write(agreement));
    }

    /**
     * Reads an {@code agreement/1} document, checking it, into a record.
     *
     * @param json the document
     * @return its record
     * @throws dev.pacta.json.PactaJsonException if the document is not a valid agreement
     */
    public static AgreementRecord parse(String json) {
        return new AgreementRecord(PactaJson.AGREEMENT.read(json).id().value(), json);
    }

    /**
     * Reads the agreement back.
     *
     * @return the agreement
     */
    public Agreement toAgreement() {
        return PactaJson.AGREEMENT.read(document);
    }
}
