package org.storyline.support;

import java.util.Locale;

/** How far a passage states a claim. */
public enum SupportLabel {
    /** The passage states the claim's core fact and contradicts none of it. */
    SUPPORTS,
    /** The passage states part of the claim's core, or states it less specifically. */
    PARTIAL,
    /** The passage states another fact, contradicts the claim, or is a fragment. */
    NO;

    /** The label as written in JSON: {@code supports}, {@code partial}, {@code no}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
