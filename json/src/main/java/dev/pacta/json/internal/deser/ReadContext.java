package dev.pacta.json.internal.deser;

import com.fasterxml.jackson.databind.DeserializationContext;
import dev.pacta.json.DocumentKind;

/** Per-call attributes that the facade passes to the deserializers. */
public final class ReadContext {
    /** Attribute key: the {@link DocumentKind} the facade reads, which makes its format marker required. */
    public static final Object DOCUMENT = new Object() {
        @Override
        public String toString() {
            return "pacta.document";
        }
    };

    private ReadContext() {}

    /**
     * Tells whether the value being read is the top-level document of the given kind (marker required).
     *
     * @param ctxt the context
     * @param kind the kind
     * @return true if the facade reads a document of that kind
     */
    static boolean isDocument(DeserializationContext ctxt, DocumentKind kind) {
        return ctxt.getAttribute(DOCUMENT) == kind;
    }
}
