package dev.pacta.json;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kinds of top-level Pacta document, each identified by its format marker, a top-level property such as
 * {@code "pacta": "agreement/1"}: written first, read wherever it stands among the top-level properties (a tool such
 * as {@code jq -S} may have sorted them).
 *
 * <p>The number after the slash is the format version; a later version of the format gets a new marker so that old
 * files can be recognised and migrated.
 */
public enum DocumentKind {
    /** An {@link dev.pacta.core.model.Agreement}: {@code "pacta": "agreement/1"}. */
    AGREEMENT("agreement/1"),
    /** A {@link dev.pacta.core.model.Timeline} of events: {@code "pacta": "timeline/1"}. */
    TIMELINE("timeline/1"),
    /** A {@link dev.pacta.core.report.ComplianceReport}: {@code "pacta": "report/1"}. */
    REPORT("report/1"),
    /**
     * An {@link dev.pacta.core.template.AgreementTemplate}: typed parameters and an agreement with {@code ${name}}
     * placeholders, {@code "pacta": "template/1"}.
     */
    TEMPLATE("template/1"),
    /**
     * A {@link dev.pacta.core.scenario.Scenario}: an agreement or a template file with parameter values, events and
     * checks, {@code "pacta": "scenario/1"}.
     */
    SCENARIO("scenario/1"),
    /**
     * A {@link dev.pacta.core.report.ComplianceChanges}: what changed in a live evaluation between two looks,
     * {@code "pacta": "changes/1"}.
     */
    CHANGES("changes/1"),
    /**
     * A {@link dev.pacta.core.time.BusinessCalendar}: weekend days, named holidays, working overrides and the covered
     * range, or an {@code and} / {@code or} of other calendars, {@code "pacta": "calendar/1"}.
     */
    CALENDAR("calendar/1");

    /** The name of the marker property, which every document has at its top level (and Pacta writes first). */
    public static final String MARKER_PROPERTY = "pacta";

    private final String marker;

    DocumentKind(String marker) {
        this.marker = marker;
    }

    /**
     * The format marker, e.g. {@code "agreement/1"}.
     *
     * @return the marker
     */
    public String marker() {
        return marker;
    }

    /**
     * The kind with the given marker.
     *
     * @param marker a marker such as {@code "timeline/1"}
     * @return the kind, or empty if this version of Pacta does not read such documents
     */
    public static Optional<DocumentKind> ofMarker(String marker) {
        return Arrays.stream(values()).filter(k -> k.marker.equals(marker)).findFirst();
    }

    /**
     * Every marker this version reads, for messages.
     *
     * @return e.g. {@code "agreement/1, timeline/1, report/1, template/1, scenario/1, changes/1, calendar/1"}
     */
    public static String knownMarkers() {
        return Arrays.stream(values()).map(DocumentKind::marker).collect(Collectors.joining(", "));
    }
}
