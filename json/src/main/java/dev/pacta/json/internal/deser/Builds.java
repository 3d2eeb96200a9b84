package dev.pacta.json.internal.deser;

import dev.pacta.core.ValidationException;
import dev.pacta.json.JsonCodes;
import dev.pacta.json.internal.ReadError;
import java.util.function.Supplier;

/** Calls a core builder, turning an unexpected rejection into a {@link ReadError} at the object being read. */
final class Builds {
    private Builds() {}

    /**
     * Builds a value whose properties the deserializer has already checked; a rejection by the core model (an
     * invariant the reader does not check itself) becomes an {@code INVALID_VALUE} problem at the object.
     *
     * @param o the cursor of the object, at its end
     * @param build the build call
     * @param <T> the value type
     * @return the value
     */
    static <T> T build(ObjectCursor o, Supplier<T> build) throws ReadError {
        try {
            return build.get();
        } catch (RuntimeException e) {
            throw failure(o, e);
        }
    }

    /**
     * The error for a core builder's rejection, as {@link #build} reports it; for a hot reader that calls its builder
     * directly (a builder passed as a lambda to a shared method is allocated for every value).
     *
     * @param o the cursor of the object, at its end
     * @param e the rejection
     * @return the error, to throw
     */
    static ReadError failure(ObjectCursor o, RuntimeException e) {
        if (e instanceof ValidationException v) {
            return o.fail(null, v.problems().get(0).code(), o.what() + " is invalid: " + e.getMessage());
        }
        return o.fail(null, JsonCodes.INVALID_VALUE, o.what() + " is invalid: " + e.getMessage());
    }
}
