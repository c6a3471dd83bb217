/**
 * Whether a cited passage states a claim: the one support judgement of storyline, used by the brief wherever it
 * cites more than one outlet, by the citation checker and by {@code storyline check-support}. A passage
 * supports a claim when it agrees on the claim's core (who, what was done or said, and every figure, date and
 * name the claim gives) and contradicts none of it; it is partial when it states part of the core, and no
 * support when it states another fact, another occasion, a different figure or is a fragment.
 */
package org.storyline.support;
