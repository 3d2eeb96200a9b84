package dev.pacta.core.model;

import static dev.pacta.core.model.ValidationCodes.END_BEFORE_START;
import static dev.pacta.core.model.ValidationCodes.INVALID_METADATA;
import static dev.pacta.core.model.ValidationCodes.INVALID_ZONE;
import static dev.pacta.core.model.ValidationCodes.TOO_FEW_PARTIES;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of the agreement's own attributes, its parties, its termination clauses and its metadata: a title
 * ({@code BLANK_TEXT}), a zone that is {@code UTC} or an IANA {@code Area/Location} id ({@code INVALID_ZONE}), an end
 * on or after the effective date ({@code END_BEFORE_START}), a valid value ({@code INVALID_AMOUNT}, through
 * {@link ValueRules}), at least two parties ({@code TOO_FEW_PARTIES}) with unique ids, names and non-blank contacts,
 * termination clauses naming a party and a notice within bounds, and sane metadata keys ({@code INVALID_METADATA}).
 *
 * <p>The agreement's business calendar is only an id here; whether a calendar has any business day is checked by the
 * calendar itself when it is built.
 */
final class AgreementRules {
    private static final Set<String> AREAS = Set.of(
            "Africa",
            "America",
            "Antarctica",
            "Arctic",
            "Asia",
            "Atlantic",
            "Australia",
            "Europe",
            "Indian",
            "Pacific");
    private static final Pattern AREA_LOCATION = Pattern.compile("([A-Z][a-z]+)(?:/[A-Za-z][A-Za-z0-9_+-]*){1,2}");

    private AgreementRules() {}

    /** The agreement's title, zone, end date and value. */
    static void attributes(ValidationRun run) {
        Agreement agreement = run.agreement;
        ValueRules.blank(run, agreement.title(), "title", "agreement '" + agreement.id() + "': title");
        zone(run);
        agreement.endDate().ifPresent(end -> {
            if (end.isBefore(agreement.effectiveDate())) {
                run.add(
                        END_BEFORE_START,
                        "endDate",
                        "agreement '" + agreement.id() + "': end date " + end
                                + " is before the effective date " + agreement.effectiveDate()
                                + "; expected the same day or later");
            }
        });
        agreement
                .value()
                .ifPresent(v -> ValueRules.money(run, v, "value", "agreement '" + agreement.id() + "': value"));
    }

    private static void zone(ValidationRun run) {
        ZoneId zone = run.agreement.zone();
        String id = zone.getId();
        boolean valid;
        if (zone instanceof ZoneOffset) {
            valid = false;
        } else if (id.equals("UTC") || id.equals("Etc/UTC")) {
            valid = true;
        } else {
            Matcher m = AREA_LOCATION.matcher(id);
            valid = m.matches() && AREAS.contains(m.group(1));
        }
        if (!valid) {
            run.add(
                    INVALID_ZONE,
                    "zone",
                    "agreement '" + run.agreement.id() + "': zone '" + id
                            + "' is not valid; expected UTC or an IANA Area/Location id such as Europe/Madrid, not an"
                            + " abbreviation or an offset");
        }
    }

    /** At least two parties, each with a unique id, a name and, if any, a contact. */
    static void parties(ValidationRun run) {
        Agreement agreement = run.agreement;
        if (agreement.parties().size() < 2) {
            run.add(
                    TOO_FEW_PARTIES,
                    "parties",
                    "agreement '" + agreement.id() + "': " + agreement.parties().size()
                            + (agreement.parties().size() == 1 ? " party" : " parties")
                            + " declared; expected at least two, e.g. a client and a provider");
        }
        for (int i = 0; i < agreement.parties().size(); i++) {
            Party party = agreement.parties().get(i);
            String path = "parties[" + i + "]";
            ReferenceRules.duplicate(run, party.id(), i, run.parties, "parties", "party");
            ValueRules.blank(run, party.name(), path + ".name", "party '" + party.id() + "': name");
            party.contact()
                    .ifPresent(c -> ValueRules.blank(run, c, path + ".contact", "party '" + party.id() + "': contact"));
        }
    }

    /** A termination clause names a party of the agreement (if any) and a notice within bounds. */
    static void terminationClause(ValidationRun run, int c, TerminationClause clause) {
        String path = "terminationClauses[" + c + "]";
        clause.party()
                .ifPresent(p ->
                        ReferenceRules.party(run, p, path + ".party", "termination clause " + (c + 1) + ": party"));
        ValueRules.span(run, clause.notice(), path + ".notice", "termination clause " + (c + 1) + ": notice");
    }

    /** Metadata keys are non-blank, at most 64 characters and free of control characters; values are free text. */
    static void metadata(ValidationRun run) {
        for (String key : run.agreement.metadata().keySet()) {
            String reason = key.isBlank()
                    ? "is blank"
                    : key.length() > 64
                            ? "is " + key.length() + " characters long"
                            : key.chars().anyMatch(Character::isISOControl) ? "contains a control character" : null;
            if (reason != null) {
                run.add(
                        INVALID_METADATA,
                        "metadata['" + ValidationRun.abbreviate(key) + "']",
                        "agreement '" + run.agreement.id()
                                + "': metadata key '" + ValidationRun.abbreviate(key) + "' " + reason
                                + "; expected a non-blank key of at most 64 characters without control characters");
            }
        }
    }
}
