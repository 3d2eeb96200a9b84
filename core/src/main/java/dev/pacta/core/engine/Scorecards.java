package dev.pacta.core.engine;

import dev.pacta.core.model.Party;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.model.Trigger;
import dev.pacta.core.money.Money;
import dev.pacta.core.report.Finding;
import dev.pacta.core.report.FindingCodes;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.report.InstanceState;
import dev.pacta.core.report.Scorecard;
import dev.pacta.core.report.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Builds each party's {@link Scorecard} from the evaluated instances. */
final class Scorecards {
    private final Simulation sim;
    private final List<Finding> findings = new ArrayList<>(0);

    Scorecards(Simulation sim) {
        this.sim = sim;
    }

    /**
     * The scorecards of every party.
     *
     * @param instances the instance reports
     * @param sources the simulation instance behind each report, in the same order (null for placeholders)
     */
    List<Scorecard> of(List<InstanceReport> instances, List<Inst> sources) {
        // One pass over the instances for all parties (reports of long agreements have thousands of instances).
        Map<PartyId, Tally> tallies = new java.util.LinkedHashMap<>();
        for (Party party : sim.ledger.current.parties()) {
            tallies.put(party.id(), new Tally());
        }
        for (int k = 0; k < instances.size(); k++) {
            InstanceReport r = instances.get(k);
            if (!r.attribution().isEmpty()) {
                for (Map.Entry<PartyId, Long> e : r.attribution().entrySet()) {
                    Tally other = tallies.get(e.getKey());
                    if (other != null && !e.getKey().equals(r.obligor())) {
                        other.caused += e.getValue();
                    }
                }
            }
            Tally t = tallies.get(r.obligor());
            if (t != null) {
                t.add(r, sources.get(k));
            }
        }
        List<Scorecard> cards = new ArrayList<>();
        for (Map.Entry<PartyId, Tally> e : tallies.entrySet()) {
            cards.add(e.getValue().card(e.getKey()));
            if (e.getValue().calendarDays) {
                findings.add(Finding.builder()
                        .code(FindingCodes.CALENDAR_NOT_COVERED)
                        .severity(Severity.WARNING)
                        .party(e.getKey())
                        .message("the response times of '" + e.getKey() + "' are counted in calendar days, not"
                                + " business days, where calendar " + sim.responsibility.coverage())
                        .build());
            }
        }
        return cards;
    }

    /** The findings of the last {@link #of}: response times counted in calendar days. */
    List<Finding> findings() {
        return findings;
    }

    /** One party's figures, gathered instance by instance. */
    private final class Tally {
        final int[] counts = new int[InstanceState.values().length];
        int total;
        long caused;
        int lateWithNotice;
        int lateWithoutNotice;
        long[] responses = new long[8];
        long[] windows = new long[8];
        int responseCount;
        int withinWindow;
        /** Whether a response was counted in calendar days because the calendar does not cover it. */
        boolean calendarDays;
        /** What the party owes per currency code: outstanding amounts plus charges of its payment instances. */
        final Map<String, Money> owed = new java.util.TreeMap<>();

        void add(InstanceReport r, Inst i) {
            total++;
            counts[r.state().ordinal()]++;
            if (r.payment().isPresent()) {
                // What is outstanding of the amount due and of each charge, each in its own currency.
                Money due = r.payment().get().outstanding();
                owed.merge(due.currency().getCurrencyCode(), due, Money::plus);
                for (dev.pacta.core.report.Charge c : r.payment().get().charges()) {
                    owed.merge(c.outstanding().currency().getCurrencyCode(), c.outstanding(), Money::plus);
                }
            }
            if (i == null) {
                return;
            }
            if (r.state() == InstanceState.FULFILLED_LATE) {
                PartyId party = r.obligor();
                boolean announced = false;
                for (Inst.Notice n : i.facts().notices()) {
                    announced |= n.by().equals(party)
                            && n.at().isBefore(i.facts().deadline().lateFrom());
                }
                if (announced) {
                    lateWithNotice++;
                } else {
                    lateWithoutNotice++;
                }
            }
            boolean eventTriggered = i.obl.def.trigger().kind() == Trigger.Kind.ON_EVENT;
            if (eventTriggered
                    && i.facts().fulfilledAt() != null
                    && i.facts().deadline() != null
                    && i.facts().deadline().isDate()) {
                Inst.Response response = sim.responsibility.response(i);
                calendarDays |= response.calendarDays();
                if (responseCount == responses.length) {
                    responses = java.util.Arrays.copyOf(responses, responseCount * 2);
                    windows = java.util.Arrays.copyOf(windows, responseCount * 2);
                }
                responses[responseCount] = response.days();
                windows[responseCount++] = response.window();
                if (i.facts().deadline().isOnTime(i.facts().fulfilledAt())) {
                    withinWindow++;
                }
            }
        }

        Scorecard card(PartyId party) {
            Map<InstanceState, Integer> byState = new EnumMap<>(InstanceState.class);
            for (InstanceState s : InstanceState.values()) {
                byState.put(s, counts[s.ordinal()]);
            }
            int onTime = counts[InstanceState.FULFILLED.ordinal()];
            int decided =
                    onTime + counts[InstanceState.FULFILLED_LATE.ordinal()] + counts[InstanceState.BREACHED.ordinal()];
            Scorecard.Builder b = Scorecard.builder()
                    .party(party)
                    .counts(byState)
                    .instances(total)
                    .decided(decided)
                    .onTime(onTime)
                    .responses(responseCount)
                    .responsesWithinWindow(withinWindow)
                    .delayCausedToOthers(caused)
                    .owed(owed.values().stream().filter(m -> !m.isZero()).toList())
                    .lateWithNotice(lateWithNotice)
                    .lateWithoutNotice(lateWithoutNotice);
            if (decided > 0) {
                b.onTimeRate(
                        BigDecimal.valueOf(onTime * 100L).divide(BigDecimal.valueOf(decided), 1, RoundingMode.HALF_UP));
            }
            if (responseCount > 0) {
                long[] sorted = java.util.Arrays.copyOf(responses, responseCount);
                java.util.Arrays.sort(sorted);
                b.medianResponseDays(median(sorted))
                        .p90ResponseDays(sorted[(int) Math.ceil(0.9 * responseCount) - 1])
                        .worstResponseDays(sorted[responseCount - 1]);
                long[] w = java.util.Arrays.copyOf(windows, responseCount);
                java.util.Arrays.sort(w);
                b.medianWindowDays(median(w));
            }
            return b.build();
        }
    }

    private static BigDecimal median(long[] sorted) {
        int n = sorted.length;
        BigDecimal m = n % 2 == 1
                ? BigDecimal.valueOf(sorted[n / 2])
                : BigDecimal.valueOf(sorted[n / 2 - 1] + sorted[n / 2]).divide(BigDecimal.valueOf(2));
        return m.setScale(1, RoundingMode.UNNECESSARY);
    }
}
