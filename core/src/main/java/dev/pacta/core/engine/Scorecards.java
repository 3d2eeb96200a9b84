package dev.pacta.core.engine;

import dev.pacta.core.model.Party;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.model.Trigger;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.report.InstanceState;
import dev.pacta.core.report.Scorecard;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Builds each party's {@link Scorecard} from the evaluated instances. */
final class Scorecards {
    private final Simulation sim;

    Scorecards(Simulation sim) {
        this.sim = sim;
    }

    /**
     * The scorecards of every party.
     *
     * @param instances the instance reports
     * @param sources the simulation instance behind each report, in the same order (null for placeholders)
     * @param owed the money each party owes
     */
    List<Scorecard> of(
            List<InstanceReport> instances,
            List<Inst> sources,
            java.util.function.Function<PartyId, List<dev.pacta.core.money.Money>> owed) {
        List<Scorecard> cards = new ArrayList<>();
        for (Party party : sim.current.parties()) {
            cards.add(card(party.id(), instances, sources, owed.apply(party.id())));
        }
        return cards;
    }

    private Scorecard card(
            PartyId party, List<InstanceReport> instances, List<Inst> sources, List<dev.pacta.core.money.Money> owed) {
        Map<InstanceState, Integer> counts = new EnumMap<>(InstanceState.class);
        for (InstanceState s : InstanceState.values()) {
            counts.put(s, 0);
        }
        int total = 0;
        long caused = 0;
        int lateWithNotice = 0;
        int lateWithoutNotice = 0;
        List<Long> responses = new ArrayList<>();
        List<Long> windows = new ArrayList<>();
        int withinWindow = 0;
        for (int k = 0; k < instances.size(); k++) {
            InstanceReport r = instances.get(k);
            if (!r.obligor().equals(party)) {
                caused += r.attribution().getOrDefault(party, 0L);
                continue;
            }
            total++;
            counts.merge(r.state(), 1, Integer::sum);
            Inst i = sources.get(k);
            if (i == null) {
                continue;
            }
            if (r.state() == InstanceState.FULFILLED_LATE) {
                boolean announced = i.noticeDetails.stream()
                        .anyMatch(n -> n.by().equals(party) && n.at().isBefore(i.deadline.lateFrom()));
                if (announced) {
                    lateWithNotice++;
                } else {
                    lateWithoutNotice++;
                }
            }
            boolean eventTriggered = i.obl.def.trigger().kind() == Trigger.Kind.ON_EVENT;
            if (eventTriggered && i.fulfilledAt != null && i.deadline != null && i.deadline.isDate()) {
                LocalDate start = i.anchorDate;
                long response = businessDays(start, sim.localDate(i.fulfilledAt));
                long window = businessDays(start, i.deadline.date());
                responses.add(response);
                windows.add(window);
                if (i.deadline.isOnTime(i.fulfilledAt)) {
                    withinWindow++;
                }
            }
        }
        int onTime = counts.get(InstanceState.FULFILLED);
        int decided = onTime + counts.get(InstanceState.FULFILLED_LATE) + counts.get(InstanceState.BREACHED);
        Scorecard.Builder b = Scorecard.builder()
                .party(party)
                .counts(counts)
                .instances(total)
                .decided(decided)
                .onTime(onTime)
                .responses(responses.size())
                .responsesWithinWindow(withinWindow)
                .delayCausedToOthers(caused)
                .owed(owed)
                .lateWithNotice(lateWithNotice)
                .lateWithoutNotice(lateWithoutNotice);
        if (decided > 0) {
            b.onTimeRate(
                    BigDecimal.valueOf(onTime * 100L).divide(BigDecimal.valueOf(decided), 1, RoundingMode.HALF_UP));
        }
        if (!responses.isEmpty()) {
            List<Long> sorted = new ArrayList<>(responses);
            sorted.sort(Long::compare);
            b.medianResponseDays(median(sorted))
                    .p90ResponseDays(sorted.get((int) Math.ceil(0.9 * sorted.size()) - 1))
                    .worstResponseDays(sorted.get(sorted.size() - 1));
            List<Long> w = new ArrayList<>(windows);
            w.sort(Long::compare);
            b.medianWindowDays(median(w));
        }
        return b.build();
    }

    /** Business days from the day after {@code from} through {@code to} (0 on the same day). */
    private long businessDays(LocalDate from, LocalDate to) {
        try {
            return Math.max(0, sim.calendar.businessDaysBetween(from.plusDays(1), to.plusDays(1)));
        } catch (RuntimeException outsideCalendar) {
            return Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(from, to));
        }
    }

    private static BigDecimal median(List<Long> sorted) {
        int n = sorted.size();
        BigDecimal m = n % 2 == 1
                ? BigDecimal.valueOf(sorted.get(n / 2))
                : BigDecimal.valueOf(sorted.get(n / 2 - 1) + sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
        return m.setScale(1, RoundingMode.UNNECESSARY);
    }
}
