package org.storyline.spark;

import java.io.Serializable;

/**
 * A reprint found in the batch.
 *
 * @param copy     the id of the reprint
 * @param original the id of the earliest article it repeats
 * @param exact    whether it repeats it exactly (then it is not analysed, only listed beside the original)
 */
record CopyMark(String copy, String original, boolean exact) implements Serializable {

    private static final long serialVersionUID = 1L;
}
