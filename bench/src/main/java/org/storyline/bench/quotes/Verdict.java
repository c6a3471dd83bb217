package org.storyline.bench.quotes;

/** How a system did on one gold quote. */
public enum Verdict {
    /** Found, with the gold speaker (or no speaker where the gold one is unknown). */
    RIGHT,
    /** Found, with a speaker that is not the gold one. */
    WRONG,
    /** Found, without a speaker, though the gold file names one. */
    NO_SPEAKER,
    /** Not found. */
    MISSING
}
