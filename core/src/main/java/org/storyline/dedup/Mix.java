package org.storyline.dedup;

/** A 64-bit finaliser that spreads every input bit over the output (SplitMix64's). */
final class Mix {

    private Mix() {
    }

    /** The mixed value of {@code z}. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
