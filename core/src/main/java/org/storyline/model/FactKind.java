package org.storyline.model;

import java.util.Locale;

/** The kinds of checkable fact storyline extracts. */
public enum FactKind {
    MONEY, COUNT, PERCENT, DATE, DURATION, QUANTITY;

    /** The lower-case name used in JSON. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
