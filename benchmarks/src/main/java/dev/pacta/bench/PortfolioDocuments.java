package dev.pacta.bench;

import dev.pacta.core.model.Timeline;
import dev.pacta.json.PactaJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a generated portfolio as Pacta documents, for tools outside this module that measure on the same portfolio
 * (the Flink benchmarks of {@code pacta-flink}, BENCHMARKS.md "Issue 20"): one {@code <id>.agreement.json} per
 * agreement and one file {@code events.jsonl}, a {@code timeline/1} document per line naming its agreement, the format
 * that {@code PactaFiles} reads.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.pacta.bench.PortfolioDocuments S target/portfolio-S
 * </pre>
 */
public final class PortfolioDocuments {
    /** The events file's name in the folder written. */
    public static final String EVENTS = "events.jsonl";

    private PortfolioDocuments() {}

    /**
     * Writes the portfolio.
     *
     * @param args the size ({@code TINY}, {@code S}, ...; default {@code S}) and the folder (created if missing)
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        PortfolioGenerator.Size size = PortfolioGenerator.Size.valueOf(args.length > 0 ? args[0] : "S");
        Path folder = Path.of(args.length > 1 ? args[1] : "target/portfolio-" + size);
        Portfolio portfolio = PortfolioGenerator.generate(size, PortfolioGenerator.SEED);
        System.out.println(write(portfolio, folder) + " written to " + folder);
    }

    /**
     * Writes a portfolio's documents into a folder.
     *
     * @param portfolio the portfolio
     * @param folder the folder, created if missing
     * @return what was written, in words
     * @throws IOException if a file cannot be written
     */
    static String write(Portfolio portfolio, Path folder) throws IOException {
        Files.createDirectories(folder);
        long events = 0;
        try (BufferedWriter lines = Files.newBufferedWriter(folder.resolve(EVENTS), StandardCharsets.UTF_8)) {
            for (AgreementCase c : portfolio.agreements()) {
                Files.writeString(
                        folder.resolve(c.agreement().id().value() + ".agreement.json"),
                        PactaJson.AGREEMENT.write(c.agreement()),
                        StandardCharsets.UTF_8);
                Timeline named = Timeline.builder()
                        .from(c.timeline())
                        .agreement(c.agreement().id())
                        .build();
                // One line per document: the writer's indentation would split it over many.
                lines.write(PactaJson.TIMELINE.write(named).replaceAll("\\R\\s*", ""));
                lines.newLine();
                events += c.timeline().events().size();
            }
        }
        return portfolio.agreements().size() + " agreements and " + events + " events";
    }
}
