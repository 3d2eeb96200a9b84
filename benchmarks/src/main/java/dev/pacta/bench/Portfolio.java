package dev.pacta.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A generated portfolio: the agreements, and the flat simple-rule view that the baselines start from (instances
 * and events of all agreements, events in a shuffled order as an export from a store would give them).
 */
public final class Portfolio {
    private final PortfolioGenerator.Size size;
    private final LocalDate asOf;
    private final List<AgreementCase> agreements;
    private final List<SimpleInstance> simpleInstances;
    private final List<SimpleEvent> simpleEvents;
    private final long eventCount;

    Portfolio(PortfolioGenerator.Size size, LocalDate asOf, List<AgreementCase> agreements, long seed) {
        this.size = size;
        this.asOf = asOf;
        this.agreements = List.copyOf(agreements);
        List<SimpleInstance> instances = new ArrayList<>();
        List<SimpleEvent> events = new ArrayList<>();
        long n = 0;
        for (AgreementCase a : agreements) {
            instances.addAll(a.instances());
            events.addAll(a.events());
            n += a.timeline().events().size();
        }
        shuffle(events, new SplittableRandom(seed));
        this.simpleInstances = List.copyOf(instances);
        this.simpleEvents = List.copyOf(events);
        this.eventCount = n;
    }

    private static <T> void shuffle(List<T> list, SplittableRandom rng) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    /** @return the size it was generated at */
    public PortfolioGenerator.Size size() {
        return size;
    }

    /** @return the evaluation date */
    public LocalDate asOf() {
        return asOf;
    }

    /** @return the agreements */
    public List<AgreementCase> agreements() {
        return agreements;
    }

    /** @return every agreement's simple-rule instances */
    public List<SimpleInstance> simpleInstances() {
        return simpleInstances;
    }

    /** @return every agreement's events, simple-rule view, shuffled */
    public List<SimpleEvent> simpleEvents() {
        return simpleEvents;
    }

    /**
     * Evaluates every agreement with Pacta, one after the other, as of the portfolio's date, and reads every instance's
     * state (what the baselines compute). A report works out the rest (lateness, money, explanations, findings,
     * scorecards) when it is read: {@link #evaluateAndReadAllWith} reads that too.
     *
     * @param engine the engine
     * @return the states' ordinals summed, so that nothing is optimised away
     */
    public long evaluateWith(dev.pacta.core.engine.ComplianceEngine engine) {
        long n = 0;
        for (AgreementCase a : agreements) {
            for (var i : engine.evaluate(a.agreement(), a.timeline(), asOf).instances()) {
                n += i.state().ordinal() + 1;
            }
        }
        return n;
    }

    /**
     * Evaluates every agreement with Pacta and reads every part of each report but the explanations' text: each
     * row's state, lateness, money and attribution, the findings, scorecards and balances.
     *
     * @param engine the engine
     * @return a sum of what was read, so that nothing is optimised away
     */
    public long evaluateAndReadAllWith(dev.pacta.core.engine.ComplianceEngine engine) {
        long n = 0;
        for (AgreementCase a : agreements) {
            var report = engine.evaluate(a.agreement(), a.timeline(), asOf);
            for (var i : report.instances()) {
                n += i.state().ordinal() + 1;
                n += i.lateness().isPresent() ? 1 : 0;
                n += i.payment().isPresent() ? 1 : 0;
                n += i.attribution().size();
            }
            n += report.findings().size()
                    + report.scorecards().size()
                    + report.balances().size();
        }
        return n;
    }

    /** @return the number of timeline events */
    public long eventCount() {
        return eventCount;
    }

    @Override
    public String toString() {
        return size + ": " + agreements.size() + " agreements, " + eventCount + " events, " + simpleInstances.size()
                + " simple-rule instances, as of " + asOf;
    }
}
