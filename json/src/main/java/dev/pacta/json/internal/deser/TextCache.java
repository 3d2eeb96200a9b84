package dev.pacta.json.internal.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * The values already read from the strings that repeat within one document (event kinds, party ids, dates), looked
 * up by the characters of the parser's current string without making a {@code String} of them.
 *
 * <p>Why: a timeline has thousands of events but only a few kinds, parties and dates. Building, checking and keeping
 * a new {@code String}, {@code PartyId} or {@code EventTime} for each costs time and memory; the cache returns the
 * value built the first time (all of them are immutable and compared by value, so sharing is invisible). A value is
 * put in the cache only once it has been read and checked in full, so a hit needs no check, and every problem is
 * still found, and reported, by the full reader at the same token.
 *
 * <p>An open-addressing table keyed by text, grown to at most {@value #MAX_ENTRIES} entries; past that, new texts
 * are simply not cached (a document of unique values costs one failed lookup per value). Not thread-safe: one per
 * document read.
 *
 * @param <V> the value type
 */
final class TextCache<V> {
    /** The most entries kept, so that a hostile document of unique values cannot make the table grow without end. */
    static final int MAX_ENTRIES = 4096;

    private String[] keys;
    private Object[] values;
    private int size;

    /**
     * The value cached for the parser's current token, if it is a string read before.
     *
     * @param p the parser
     * @return the value, or null if the token is not a string or the string is not cached
     */
    V get(JsonParser p) throws IOException {
        if (keys == null || p.currentToken() != JsonToken.VALUE_STRING) {
            return null;
        }
        char[] chars = p.getTextCharacters();
        int offset = p.getTextOffset();
        int length = p.getTextLength();
        int mask = keys.length - 1;
        for (int slot = slot(hash(chars, offset, length), mask); keys[slot] != null; slot = (slot + 1) & mask) {
            if (matches(keys[slot], chars, offset, length)) {
                @SuppressWarnings("unchecked") // only put(String, V) stores values
                V value = (V) values[slot];
                return value;
            }
        }
        return null;
    }

    /**
     * Caches the value read from a text (unless the cache is full).
     *
     * @param text the text as read
     * @param value the value read from it
     */
    void put(String text, V value) {
        if (keys == null) {
            keys = new String[64];
            values = new Object[64];
        }
        if (size >= MAX_ENTRIES) {
            return;
        }
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        if (insert(keys, values, text, value)) {
            size++;
        }
    }

    private void grow() {
        String[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new String[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                insert(keys, values, oldKeys[i], oldValues[i]);
            }
        }
    }

    /** Inserts a key unless present; tells whether it was added. */
    private static boolean insert(String[] keys, Object[] values, String key, Object value) {
        int mask = keys.length - 1;
        int slot = slot(hash(key), mask);
        while (keys[slot] != null) {
            if (keys[slot].equals(key)) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = value;
        return true;
    }

    /** The multiplier of {@link #hash}: odd, with well-spread bits. */
    private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;

    /**
     * A hash of every character of a text, four characters per step: it is computed for the kind and the parties of
     * every event read, and {@code String.hashCode}'s formula, one multiplication per character, each waiting for the
     * one before, took longer than the rest of the lookup.
     */
    private static int hash(char[] chars, int offset, int length) {
        long h = length;
        int i = offset;
        int end = offset + length;
        for (; i + 4 <= end; i += 4) {
            h = (h + ((long) chars[i] << 48 | (long) chars[i + 1] << 32 | (long) chars[i + 2] << 16 | chars[i + 3]))
                    * MULTIPLIER;
        }
        for (; i < end; i++) {
            h = (h + chars[i]) * MULTIPLIER;
        }
        return (int) (h ^ h >>> 32);
    }

    /** {@link #hash(char[], int, int)} of a key's characters. */
    private static int hash(String key) {
        int length = key.length();
        long h = length;
        int i = 0;
        for (; i + 4 <= length; i += 4) {
            h = (h
                            + ((long) key.charAt(i) << 48
                                    | (long) key.charAt(i + 1) << 32
                                    | (long) key.charAt(i + 2) << 16
                                    | key.charAt(i + 3)))
                    * MULTIPLIER;
        }
        for (; i < length; i++) {
            h = (h + key.charAt(i)) * MULTIPLIER;
        }
        return (int) (h ^ h >>> 32);
    }

    /** The first slot of a hash: its high and low bits folded together, as {@code HashMap} does. */
    private static int slot(int hash, int mask) {
        return (hash ^ hash >>> 16) & mask;
    }

    private static boolean matches(String key, char[] chars, int offset, int length) {
        if (key.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (key.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }
}
