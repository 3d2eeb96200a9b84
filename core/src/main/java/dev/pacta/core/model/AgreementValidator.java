package dev.pacta.core.model;

import dev.pacta.core.Identifier;
import dev.pacta.core.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every cross-field check of an {@link Agreement}, reporting all problems at once.
 *
 * <p>Codes (stable): {@code DUPLICATE_ID}, {@code UNKNOWN_PARTY}.
 */
final class AgreementValidator {
    private AgreementValidator() {}

    static List<Problem> problems(Agreement agreement) {
        List<Problem> problems = new ArrayList<>();
        duplicates(agreement.parties(), Party::id, "parties", "party", problems);
        duplicates(agreement.obligations(), Obligation::id, "obligations", "obligation", problems);
        duplicates(agreement.milestones(), Milestone::id, "milestones", "milestone", problems);
        List<PartyId> parties = agreement.parties().stream().map(Party::id).toList();
        for (int i = 0; i < agreement.obligations().size(); i++) {
            Obligation o = agreement.obligations().get(i);
            knownParty(o, o.obligor(), "obligor", parties, "obligations[" + i + "].obligor", agreement, problems);
            knownParty(
                    o,
                    o.beneficiary(),
                    "beneficiary",
                    parties,
                    "obligations[" + i + "].beneficiary",
                    agreement,
                    problems);
        }
        return problems;
    }

    private static void knownParty(
            Obligation o,
            PartyId party,
            String role,
            List<PartyId> parties,
            String path,
            Agreement agreement,
            List<Problem> problems) {
        if (!parties.contains(party)) {
            problems.add(new Problem(
                    "UNKNOWN_PARTY",
                    path,
                    "obligation '" + o.id() + "': " + role + " '" + party + "' is not a party of agreement '"
                            + agreement.id() + "'; parties are " + parties));
        }
    }

    private static <T> void duplicates(
            List<T> items, Function<T, ? extends Identifier> id, String path, String what, List<Problem> problems) {
        Map<Identifier, Integer> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Identifier key = id.apply(items.get(i));
            Integer first = seen.putIfAbsent(key, i);
            if (first != null) {
                problems.add(new Problem(
                        "DUPLICATE_ID",
                        path + "[" + i + "].id",
                        what + " id '" + key + "' is used twice, first at " + path + "[" + first + "]"));
            }
        }
    }
}
