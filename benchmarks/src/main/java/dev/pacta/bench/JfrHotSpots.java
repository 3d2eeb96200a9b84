package dev.pacta.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * A small aggregation of a JFR recording's {@code jdk.ExecutionSample} events: the hottest methods by self time,
 * by inclusive time, and by "first Pacta frame" (the Pacta method that JDK/library time is spent on behalf of).
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.pacta.bench.JfrHotSpots profile.jfr [top] [package prefix]}.
 */
public final class JfrHotSpots {
    private JfrHotSpots() {}

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        String prefix = args.length > 2 ? args[2] : "dev.pacta.core";
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> firstOwn = new HashMap<>();
        int samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            RecordedStackTrace st = e.getStackTrace();
            if (st == null || st.getFrames().isEmpty()) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = st.getFrames();
            self.merge(name(frames.get(0)), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            boolean own = false;
            for (RecordedFrame f : frames) {
                String n = name(f);
                if (seen.add(n)) {
                    inclusive.merge(n, 1, Integer::sum);
                }
                if (!own && n.startsWith(prefix)) {
                    firstOwn.merge(n, 1, Integer::sum);
                    own = true;
                }
            }
        }
        System.out.println(samples + " execution samples in " + file);
        print("self", self, samples, top);
        print("first " + prefix + " frame on the stack (own + JDK/library callees)", firstOwn, samples, top);
        print("inclusive (" + prefix + " only)", filter(inclusive, prefix), samples, top);
    }

    private static Map<String, Integer> filter(Map<String, Integer> m, String prefix) {
        Map<String, Integer> r = new HashMap<>();
        m.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                r.put(k, v);
            }
        });
        return r;
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static void print(String title, Map<String, Integer> counts, int samples, int top) {
        System.out.println();
        System.out.println("== " + title);
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(top)
                .forEach(en -> System.out.printf(
                        "%6.1f%%  %6d  %s%n", 100.0 * en.getValue() / samples, en.getValue(), en.getKey()));
    }
}
