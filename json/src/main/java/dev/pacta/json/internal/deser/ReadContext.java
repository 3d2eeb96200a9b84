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

    /**
     * Attribute key: when {@code Boolean.TRUE}, an agreement is read for its shape only and its domain validation is
     * skipped (a template's agreement read with sample values, whose domain rules depend on the real values).
     */
    public static final Object SHAPE_ONLY = new Object() {
        @Override
        public String toString() {
            return "pacta.shapeOnly";
        }
    };

    private ReadContext() {}

    /**
     * Tells whether only the shape of an agreement is read.
     *
     * @param ctxt the context
     * @return true if domain validation is skipped
     */
    static boolean isShapeOnly(DeserializationContext ctxt) {
        return ctxt.getAttribute(SHAPE_ONLY) == Boolean.TRUE;
    }

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
