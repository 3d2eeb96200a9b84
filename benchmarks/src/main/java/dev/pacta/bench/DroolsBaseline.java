package dev.pacta.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;

/**
 * The simple deadline rule in Drools: five DRL rules ({@code baseline.drl}), one stateful {@link KieSession} per
 * agreement (insert the agreement's instances and events, fire all rules, read the states, dispose).
 */
public final class DroolsBaseline {
    private DroolsBaseline() {}

    /** An instance as a Drools fact. */
    public static final class InstanceFact {
        private final String id;
        private final long deadline;
        private long fulfilled = -1;
        private SimpleState state;

        InstanceFact(SimpleInstance instance) {
            this.id = instance.id();
            this.deadline = instance.deadline().toEpochDay();
        }

        public String getId() {
            return id;
        }

        public long getDeadline() {
            return deadline;
        }

        public long getFulfilled() {
            return fulfilled;
        }

        public void setFulfilled(long fulfilled) {
            this.fulfilled = fulfilled;
        }

        public SimpleState getState() {
            return state;
        }

        public void setState(SimpleState state) {
            this.state = state;
        }
    }

    /** An event as a Drools fact. */
    public static final class EventFact {
        private final String instance;
        private final long day;

        EventFact(SimpleEvent event) {
            this.instance = event.instance();
            this.day = event.date().toEpochDay();
        }

        public String getInstance() {
            return instance;
        }

        public long getDay() {
            return day;
        }
    }

    /** The evaluation date as a fact. */
    public static final class AsOf {
        private final long day;

        AsOf(LocalDate day) {
            this.day = day.toEpochDay();
        }

        public long getDay() {
            return day;
        }
    }

    /**
     * Compiles the rules.
     *
     * @return the knowledge base
     */
    public static KieBase kieBase() {
        String drl;
        try (InputStream in = DroolsBaseline.class.getResourceAsStream("baseline.drl")) {
            drl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.write("src/main/resources/dev/pacta/bench/baseline.drl", drl);
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        if (builder.getResults().hasMessages(Message.Level.ERROR)) {
            throw new IllegalStateException(
                    "baseline.drl: " + builder.getResults().getMessages());
        }
        KieContainer container = ks.newKieContainer(ks.getRepository().getDefaultReleaseId());
        return container.getKieBase();
    }

    /**
     * Evaluates a whole portfolio, one session per agreement.
     *
     * @param base the rules
     * @param instances every agreement's instances
     * @param events every agreement's events, in any order
     * @param asOf the evaluation date
     * @return the counts per {@link SimpleState} (ordinal order)
     */
    public static long[] evaluate(
            KieBase base, List<SimpleInstance> instances, List<SimpleEvent> events, LocalDate asOf) {
        Map<String, List<SimpleEvent>> eventsByAgreement = new HashMap<>();
        for (SimpleEvent e : events) {
            eventsByAgreement
                    .computeIfAbsent(e.agreement(), k -> new ArrayList<>())
                    .add(e);
        }
        Map<String, List<SimpleInstance>> instancesByAgreement = new HashMap<>();
        for (SimpleInstance i : instances) {
            instancesByAgreement
                    .computeIfAbsent(i.agreement(), k -> new ArrayList<>())
                    .add(i);
        }
        long[] counts = new long[SimpleState.values().length];
        for (Map.Entry<String, List<SimpleInstance>> a : instancesByAgreement.entrySet()) {
            List<SimpleEvent> evs = eventsByAgreement.getOrDefault(a.getKey(), List.of());
            for (SimpleState s : evaluateAgreement(base, a.getValue(), evs, asOf)) {
                counts[s.ordinal()]++;
            }
        }
        return counts;
    }

    /**
     * Evaluates one agreement in a new stateful session.
     *
     * @param base the rules
     * @param instances its instances
     * @param events its events
     * @param asOf the evaluation date
     * @return the states, in instance order
     */
    public static SimpleState[] evaluateAgreement(
            KieBase base, List<SimpleInstance> instances, List<SimpleEvent> events, LocalDate asOf) {
        KieSession session = base.newKieSession();
        try {
            session.insert(new AsOf(asOf));
            List<InstanceFact> facts = new ArrayList<>(instances.size());
            for (SimpleInstance i : instances) {
                InstanceFact f = new InstanceFact(i);
                facts.add(f);
                session.insert(f);
            }
            for (SimpleEvent e : events) {
                if (e.instance() != null && !e.date().isAfter(asOf)) {
                    session.insert(new EventFact(e));
                }
            }
            session.fireAllRules();
            SimpleState[] states = new SimpleState[facts.size()];
            for (int i = 0; i < states.length; i++) {
                states[i] = facts.get(i).getState();
            }
            return states;
        } finally {
            session.dispose();
        }
    }
}
