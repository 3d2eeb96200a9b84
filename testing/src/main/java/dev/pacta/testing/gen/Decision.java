package dev.pacta.testing.gen;

import dev.pacta.core.model.EventId;
import dev.pacta.core.report.InstanceId;
import java.util.Objects;
import java.util.Optional;

/**
 * One choice the timeline generator made, with the instance it concerns and the event it produced.
 *
 * @param choice what was chosen
 * @param instance the instance it concerns; empty for a {@link Choice#TRIGGER}
 * @param event the event it produced; empty for {@link Choice#NEVER}
 */
public record Decision(Choice choice, Optional<InstanceId> instance, Optional<EventId> event) {
    /**
     * Checks that no component is null.
     *
     * @param choice what was chosen
     * @param instance the instance it concerns; empty for a {@link Choice#TRIGGER}
     * @param event the event it produced; empty for {@link Choice#NEVER}
     */
    public Decision {
        Objects.requireNonNull(choice, "choice");
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(event, "event");
    }

    /** Returns e.g. {@code "LATE approve-mockup#2 (e7)"}. */
    @Override
    public String toString() {
        return choice
                + instance.map(i -> " " + i).orElse("")
                + event.map(e -> " (" + e + ")").orElse("");
    }
}
