package org.jalons.protocol;

/** A vocabulary entry with a stable identifier; its label lives in the resource bundles under {@code <Type>.<CODE>}. */
public interface Code {
    String name();

    /** Stable identifier written to the store and sent over the wire. */
    default String code() {
        return name();
    }

    /** Resource bundle key of this entry's label. */
    default String labelKey() {
        return getClass().getSimpleName() + "." + name();
    }
}
