package dev.pacta.examples.report;

/**
 * Counts in words, for the reports and the {@code pacta} tool: "1 day", "3 days". The one place that chooses
 * singular or plural, so that no message says "1 days".
 */
public final class Words {
    private Words() {}

    /**
     * A count with its noun, singular for one: {@code count(1, "party", "parties")} is {@code "1 party"}, and
     * {@code count(2, "party", "parties")} is {@code "2 parties"}.
     *
     * @param n the count
     * @param one the noun for one
     * @param many the noun for any other count, zero included
     * @return the count, a space and the noun
     */
    public static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
