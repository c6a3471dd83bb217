package org.storyline.fact;

import java.util.List;

/** One rule of fact extraction: finds candidate facts of one kind in a clean text. Implementations are immutable. */
interface MentionFinder {

    /** Every candidate in {@code text}, in any order; candidates may overlap. */
    List<Candidate> find(String text);
}
