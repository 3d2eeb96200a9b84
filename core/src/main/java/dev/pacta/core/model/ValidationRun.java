package dev.pacta.core.model;

import dev.pacta.core.Identifier;
import dev.pacta.core.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One run of the agreement's checks: the agreement, the index of its declared ids, and the problems found so far in
 * the order the rule groups report them. It owns no rule; the rule groups share it.
 */
final class ValidationRun {
    /** The agreement under check (built but not yet published by its builder). */
    final Agreement agreement;

    /** Each party id's first declaration. */
    final Map<PartyId, Integer> parties = new HashMap<>();

    /** Each obligation id's first declaration. */
    final Map<ObligationId, Integer> obligations = new HashMap<>();

    /** Each milestone id's first declaration. */
    final Map<MilestoneId, Integer> milestones = new HashMap<>();

    private final List<Problem> problems = new ArrayList<>();

    ValidationRun(Agreement agreement) {
        this.agreement = agreement;
        index(agreement.parties(), Party::id, parties);
        index(agreement.obligations(), Obligation::id, obligations);
        index(agreement.milestones(), Milestone::id, milestones);
    }

    /** Indexes items by id (first declaration wins); duplicates are reported where they occur. */
    private static <T, K extends Identifier> void index(List<T> items, Function<T, K> idOf, Map<K, Integer> index) {
        for (int i = 0; i < items.size(); i++) {
            index.putIfAbsent(idOf.apply(items.get(i)), i);
        }
    }

    /** Reports a problem after those already found. */
    void add(String code, String path, String message) {
        problems.add(new Problem(code, path, message));
    }

    /** The problems found, in the order reported. */
    List<Problem> problems() {
        return problems;
    }

    /** A text quoted in a message, cut to 70 characters. */
    static String abbreviate(String text) {
        return text.length() <= 70 ? text : text.substring(0, 67) + "...";
    }
}
