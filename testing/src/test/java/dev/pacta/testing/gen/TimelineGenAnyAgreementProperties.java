package dev.pacta.testing.gen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.core.engine.ComplianceEngine;
import dev.pacta.core.gen.ModelGen;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.ControlKind;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.Party;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.model.Trigger;
import dev.pacta.core.report.FindingCodes;
import dev.pacta.core.report.InstanceState;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The generator on any valid agreement (core's random agreements: every trigger and deadline kind, hour deadlines,
 * holiday calendars, several currencies, grace periods, chains, breaches and remedies), not only on hand-written ones.
 */
class TimelineGenAnyAgreementProperties {
    static final ComplianceEngine ENGINE =
            ComplianceEngine.builder().calendars(ModelGen.CALENDARS).build();

    @Test
    void anyAgreement_timelinesOfItsOwnKindsAndParties_thatTheEngineTakesAsMeant() {
        AtomicInteger late = new AtomicInteger();
        PactaGen.qt()
                .forAll(ModelGen.agreements()
                        .flatMap(
                                a -> PactaGen.timelinesFor(a).withEngine(ENGINE).samples()))
                .checkAssert(sample -> {
                    Set<String> kinds = kinds(sample.agreement());
                    Set<PartyId> parties =
                            sample.agreement().parties().stream().map(Party::id).collect(Collectors.toSet());
                    for (Event e : sample.timeline().events()) {
                        assertThat(kinds).as("%s", sample).contains(e.kind());
                        assertThat(parties).as("%s", sample).contains(e.actor());
                    }
                    // Not one event the engine ignores or cannot place: every act is by the party entitled to it,
                    // about an instance that can take it.
                    assertThat(sample.report().findings())
                            .as("%s", sample)
                            .noneMatch(f -> f.code().startsWith("UNAUTHORISED_")
                                    || f.code().equals(FindingCodes.DANGLING_REFERENCE)
                                    || f.code().equals(FindingCodes.INVALID_EXTENSION)
                                    || f.code().equals(FindingCodes.NOT_SUSPENDED)
                                    || f.code().equals(FindingCodes.UNMATCHED_EVENT)
                                    || f.code().equals(FindingCodes.UNKNOWN_ACTOR));
                    assertThat(sample.report())
                            .as("%s", sample)
                            .isEqualTo(ENGINE.evaluate(sample.agreement(), sample.timeline(), sample.asOf()));
                    if (sample.report().instances().stream().anyMatch(i -> i.state() == InstanceState.FULFILLED_LATE)) {
                        late.incrementAndGet();
                    }
                });

        assertThat(late.get())
                .as("timelines with a late fulfilment, of %d", PactaGen.DEFAULT_EXAMPLES)
                .isGreaterThanOrEqualTo(25);
    }

    private static Set<String> kinds(Agreement agreement) {
        Set<String> kinds = new HashSet<>();
        for (Obligation o : agreement.obligations()) {
            kinds.addAll(o.fulfillingKinds());
            if (o.trigger() instanceof Trigger.OnEvent onEvent) {
                kinds.add(onEvent.eventKind());
            }
        }
        for (ControlKind c : ControlKind.values()) {
            if (c != ControlKind.TERMINATION && c != ControlKind.AMENDMENT) {
                kinds.add(c.kind());
            }
        }
        return kinds;
    }
}
