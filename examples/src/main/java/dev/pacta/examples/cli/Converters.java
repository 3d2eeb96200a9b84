package dev.pacta.examples.cli;

import dev.pacta.core.scenario.AsOf;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converters for option values. */
final class Converters {
    private Converters() {}

    /** {@code 2026-03-10} (the end of that day in the agreement's zone) or an ISO instant with offset. */
    static final class AsOfConverter implements ITypeConverter<AsOf> {
        @Override
        public AsOf convert(String value) {
            try {
                return AsOf.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** {@code 14d}, {@code 2w} or an ISO period such as {@code P14D}; days and weeks only. */
    static final class WithinConverter implements ITypeConverter<Period> {
        private static final Pattern SHORT = Pattern.compile("(\\d{1,4})([dw])");

        @Override
        public Period convert(String value) {
            Matcher m = SHORT.matcher(value.toLowerCase(Locale.ROOT));
            Period p;
            if (m.matches()) {
                int n = Integer.parseInt(m.group(1));
                p = m.group(2).equals("w") ? Period.ofWeeks(n) : Period.ofDays(n);
            } else {
                try {
                    p = Period.parse(value);
                } catch (DateTimeParseException e) {
                    throw new TypeConversionException(
                            "'" + value + "' is not a horizon: expected days or weeks such as 14d, 2w or P14D");
                }
                if (p.getYears() != 0 || p.getMonths() != 0) {
                    throw new TypeConversionException(
                            "'" + value + "' is not a horizon: expected days or weeks such as 14d, 2w or P14D");
                }
            }
            if (p.isNegative()) {
                throw new TypeConversionException("'" + value + "' is not a horizon: it must not be negative");
            }
            return Period.ofDays(p.getDays());
        }
    }
}
