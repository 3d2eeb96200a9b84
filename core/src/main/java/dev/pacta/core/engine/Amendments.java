package dev.pacta.core.engine;

import dev.pacta.core.Identifier;
import dev.pacta.core.ValidationException;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Amendment;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.EventId;
import dev.pacta.core.model.Milestone;
import dev.pacta.core.model.MilestoneId;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.ObligationId;
import dev.pacta.core.model.Party;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.report.Finding;
import dev.pacta.core.report.FindingCodes;
import dev.pacta.core.report.Severity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Amendments and consent (chapter "Timeline" of the design): an amendment changes the agreement only with the consent
 * of every party. Signed by all (its actor and {@link Amendment#signedBy()}), it takes effect at its instant; else it
 * is a proposal by its actor, pending (and reported as such) until every other party accepts it by an
 * {@code acceptance} event naming it, and it takes effect at the last acceptance, re-validated against the agreement
 * as it is then. A rule: it returns the {@link ControlEvents.Act}s that propose, accept or apply an amendment.
 */
final class Amendments {
    private final Ledger ledger;
    private final Days days;

    Amendments(Ledger ledger, Days days) {
        this.ledger = ledger;
        this.days = days;
    }

    /** An amendment event: applied at once if every party signed it, else proposed. */
    List<ControlEvents.Act> amendment(Event e, Instant t) {
        if (e.amendment().isEmpty()) {
            invalid(e, "amendment " + e.id() + " by '" + e.actor() + "'", "it carries no amendment");
            return List.of();
        }
        Amendment a = e.amendment().get();
        String who = "amendment " + e.id() + " by '" + e.actor() + "'";
        for (PartyId signer : a.signedBy()) {
            if (!ledger.parties.contains(signer)) {
                invalid(e, who, "it is signed by '" + signer + "', who is not a party");
                return List.of();
            }
        }
        Set<PartyId> consented = new LinkedHashSet<>();
        consented.add(e.actor());
        consented.addAll(a.signedBy());
        // Checked now, so that a proposal that could never apply is reported at once; checked again on acceptance.
        ControlEvents.Amend change = change(e, t, who, "amendment " + e.id() + " (" + days.day(t) + ")");
        if (change == null) {
            return List.of();
        }
        if (missing(consented).isEmpty()) {
            return List.of(change);
        }
        return List.of(new ControlEvents.Propose(new Ledger.Proposal(e, t, List.copyOf(consented))));
    }

    /** An acceptance of the pending amendment its ref names: applied once every party has consented. */
    List<ControlEvents.Act> acceptance(Event e, Instant t) {
        String who = "acceptance " + e.id() + " by '" + e.actor() + "'";
        Ledger.Proposal p = e.ref()
                .filter(Identifier::isValid)
                .map(r -> ledger.proposals.get(EventId.of(r)))
                .orElse(null);
        if (p == null) {
            ledger.finding(
                    FindingCodes.DANGLING_REFERENCE,
                    Severity.WARNING,
                    e.actor(),
                    null,
                    List.of(e.id()),
                    who + " ignored: "
                            + e.ref()
                                    .map(r -> "'" + r + "' names no pending amendment")
                                    .orElse("it names no amendment (ref is missing)"));
            return List.of();
        }
        if (p.consented().contains(e.actor())) {
            ledger.finding(
                    FindingCodes.UNAUTHORISED_ACCEPTANCE,
                    Severity.WARNING,
                    e.actor(),
                    null,
                    List.of(e.id(), p.event().id()),
                    who + " of amendment " + p.event().id() + " ignored: '" + e.actor() + "' already consented to it;"
                            + " it waits on " + quoted(missing(p.consented())));
            return List.of();
        }
        List<PartyId> consented = new ArrayList<>(p.consented());
        consented.add(e.actor());
        if (!missing(consented).isEmpty()) {
            return List.of(new ControlEvents.Propose(new Ledger.Proposal(p.event(), p.at(), List.copyOf(consented))));
        }
        EventId id = p.event().id();
        ControlEvents.Amend change = change(
                p.event(),
                t,
                "amendment " + id + " accepted by " + e.id(),
                "amendment " + id + " (proposed " + days.day(p.at()) + ", accepted by " + e.id() + " on " + days.day(t)
                        + ")");
        if (change == null) {
            return List.of(new ControlEvents.Settle(id));
        }
        return List.of(new ControlEvents.Settle(id), change);
    }

    /** The parties that have not consented, in the agreement's order. */
    private List<PartyId> missing(java.util.Collection<PartyId> consented) {
        List<PartyId> missing = new ArrayList<>(1);
        for (Party party : ledger.current.parties()) {
            if (!consented.contains(party.id())) {
                missing.add(party.id());
            }
        }
        return missing;
    }

    private static String quoted(List<PartyId> parties) {
        return parties.stream().map(p -> "'" + p + "'").collect(Collectors.joining(" and "));
    }

    /** The amendments pending as of the report, each as a finding: what it waits on. */
    List<Finding> pending() {
        List<Finding> findings = new ArrayList<>(ledger.proposals.size());
        for (Ledger.Proposal p : ledger.proposals.values()) {
            EventId id = p.event().id();
            findings.add(Finding.builder()
                    .code(FindingCodes.AMENDMENT_PENDING)
                    .severity(Severity.WARNING)
                    .party(p.event().actor())
                    .evidence(List.of(id))
                    .message("amendment " + id + " by '" + p.event().actor() + "' (" + days.day(p.at())
                            + ") is pending:"
                            + " it takes effect only when " + quoted(missing(p.consented())) + " consents (signs it,"
                            + " or accepts it by an acceptance with ref '" + id + "'); until then it changes nothing")
                    .build());
        }
        return findings;
    }

    /**
     * What the amendment of event {@code e} does at {@code t} to the agreement as amended so far, or null if it would
     * make it invalid (then with an {@code INVALID_AMENDMENT} finding). {@code by} names it in what it changes.
     */
    private ControlEvents.Amend change(Event e, Instant t, String who, String by) {
        Amendment a = e.amendment().orElseThrow();
        for (MilestoneId m : a.milestoneTargets().keySet()) {
            if (!ledger.milestones.containsKey(m)) {
                invalid(e, who, "milestone '" + m + "' does not exist");
                return null;
            }
        }
        for (Obligation o : a.addObligations()) {
            // An instance id names its obligation: reusing an id, even of a removed obligation, would make two
            // obligations' instances indistinguishable in reports, refs and changes. Redefine under a new id.
            if (ledger.obls.containsKey(o.id())) {
                invalid(
                        e,
                        who,
                        "obligation id '" + o.id() + "' is already used in this agreement"
                                + (ledger.obls.get(o.id()).removedAt != null ? " (by a removed obligation)" : "")
                                + "; add the new obligation under a new id");
                return null;
            }
        }
        for (ObligationId o : a.removeObligations()) {
            if (!ledger.obls.containsKey(o) || ledger.obls.get(o).removedAt != null) {
                invalid(e, who, "obligation '" + o + "' does not exist or was already removed");
                return null;
            }
        }
        Agreement amended;
        try {
            List<Obligation> obligations = new ArrayList<>();
            for (Obligation o : ledger.current.obligations()) {
                if (!a.removeObligations().contains(o.id())) {
                    obligations.add(o);
                }
            }
            obligations.addAll(a.addObligations());
            List<Milestone> ms = ledger.current.milestones().stream()
                    .map(m -> Milestone.builder()
                            .from(m)
                            .requires(m.requires().stream()
                                    .filter(r -> !a.removeObligations().contains(r))
                                    .toList())
                            .target(a.milestoneTargets().getOrDefault(m.id(), m.target()))
                            .build())
                    .toList();
            amended = Agreement.builder()
                    .from(ledger.current)
                    .obligations(obligations)
                    .milestones(ms)
                    .build();
        } catch (ValidationException ex) {
            invalid(
                    e,
                    who,
                    "the amended agreement would be invalid: "
                            + ex.problems().stream().map(Object::toString).collect(Collectors.joining("; ")));
            return null;
        }
        int order = ledger.obls.size();
        List<Obl> added = new ArrayList<>(a.addObligations().size());
        for (Obligation o : a.addObligations()) {
            added.add(new Obl(
                    o, order++, t, days.localDate(t), Payments.shares(amended).get(o.id())));
        }
        return new ControlEvents.Amend(amended, a.milestoneTargets(), a.removeObligations(), added, by);
    }

    private void invalid(Event e, String who, String why) {
        ledger.finding(
                FindingCodes.INVALID_AMENDMENT,
                Severity.WARNING,
                e.actor(),
                null,
                List.of(e.id()),
                who + " ignored: " + why);
    }
}
