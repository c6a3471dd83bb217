package org.storyline.support;

import java.util.Objects;

/**
 * The judgement of one passage against one claim.
 *
 * @param label    how far the passage states the claim
 * @param why      the reason in a few words, for a reader checking the judgement
 * @param evidence what the judgement was made from
 */
public record Support(SupportLabel label, String why, Evidence evidence) {

    public Support {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(evidence, "evidence");
    }

    /** Whether the passage states the claim. */
    public boolean supports() {
        return label == SupportLabel.SUPPORTS;
    }
}
