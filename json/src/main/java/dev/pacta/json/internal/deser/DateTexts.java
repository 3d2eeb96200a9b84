package dev.pacta.json.internal.deser;

import dev.pacta.core.model.EventTime;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Dates and timestamps read from their text strictly and without {@code java.time}'s parser: {@code yyyy-MM-dd} with
 * a four-digit year 0001 to 9999, and RFC 3339 timestamps, digit by digit. Every date and timestamp the reader
 * accepts is read here, so the strict forms are stated once; {@link Scalars} turns a null (not such a text) into the
 * reader's error.
 */
final class DateTexts {
    private DateTexts() {}

    /**
     * Parses {@code yyyy-MM-dd} strictly: four-digit year 0001 to 9999, a real month and day.
     *
     * @return the date, or null if the text is not one
     */
    static LocalDate parseDate(String s, int from, int to) {
        if (to - from != 10 || s.charAt(from + 4) != '-' || s.charAt(from + 7) != '-') {
            return null;
        }
        return date(digits(s, from, 4), digits(s, from + 5, 2), digits(s, from + 8, 2));
    }

    /**
     * Parses {@code yyyy-MM-dd} from 10 characters of a buffer, as {@link #parseDate(String, int, int)}.
     *
     * @return the date, or null if the characters are not one
     */
    static LocalDate parseDate(char[] chars, int from) {
        if (chars[from + 4] != '-' || chars[from + 7] != '-') {
            return null;
        }
        return date(digits(chars, from, 4), digits(chars, from + 5, 2), digits(chars, from + 8, 2));
    }

    /**
     * The event time of a date whose eight digits are already read, as {@link Scalars}' event time reads it.
     *
     * @param yyyyMMdd the digits of {@code yyyy-MM-dd} as a number
     * @return the event time, or null if they are not a date (left for {@link Scalars} to report)
     */
    static EventTime eventTimeOfDigits(int yyyyMMdd) {
        LocalDate date = date(yyyyMMdd / 10000, yyyyMMdd / 100 % 100, yyyyMMdd % 100);
        return date == null ? null : EventTime.of(date);
    }

    /** The date, or null if a part is -1 (not digits) or out of range: years 0001 to 9999, a real month and day. */
    private static LocalDate date(int year, int month, int day) {
        if (year < 1 || month < 1 || month > 12 || day < 1) {
            return null;
        }
        int length = switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
        return day > length ? null : LocalDate.of(year, month, day);
    }

    /**
     * Parses an RFC 3339 timestamp strictly: {@code yyyy-MM-ddTHH:mm:ss}, an optional fraction of 1 to 9 digits, and
     * {@code Z} or {@code ±HH:MM} (hours at most 18). No lower-case {@code t}/{@code z}, no space, no leap second.
     *
     * @return the timestamp, or null if the text is not one
     */
    static OffsetDateTime parseTimestamp(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(10) != 'T' || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        LocalDate date = parseDate(s, 0, 10);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if (date == null || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        int i = 19;
        int nano = 0;
        if (s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && i - start < 10 && isDigit(s.charAt(i))) {
                i++;
            }
            int count = i - start;
            if (count < 1 || count > 9) {
                return null;
            }
            nano = digits(s, start, count);
            for (int k = count; k < 9; k++) {
                nano *= 10;
            }
        }
        ZoneOffset offset;
        if (i == n - 1 && s.charAt(i) == 'Z') {
            offset = ZoneOffset.UTC;
        } else if (i == n - 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':') {
            int oh = digits(s, i + 1, 2);
            int om = digits(s, i + 4, 2);
            if (oh < 0 || oh > 18 || om < 0 || om > 59 || (oh == 18 && om != 0)) {
                return null;
            }
            int seconds = (oh * 3600 + om * 60) * (s.charAt(i) == '-' ? -1 : 1);
            offset = ZoneOffset.ofTotalSeconds(seconds);
        } else {
            return null;
        }
        return OffsetDateTime.of(
                date.getYear(), date.getMonthValue(), date.getDayOfMonth(), hour, minute, second, nano, offset);
    }

    /** The value of {@code count} ASCII digits, or -1 if any is not a digit. */
    private static int digits(char[] chars, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = chars[i];
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The value of {@code count} ASCII digits, or -1 if any is not a digit. */
    private static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
