package org.storyline.support;

import java.util.List;

/**
 * What a support judgement compares: how much of the claim's core a passage states.
 *
 * @param names           how many names the claim gives
 * @param missingNames    the claim's names the passage does not give
 * @param namesInContext  how many of the missing names the passage's paragraph gives (pronouns stand for them)
 * @param figures         how many figures the claim gives, ordinals ({@code second book}) included
 * @param missingFigures  the claim's figures the passage does not give
 * @param conflicts       the passage's figures that give another value for what a claim's figure counts
 * @param dates           how many date words the claim gives
 * @param missingDates    the claim's date words the passage does not give
 * @param terms           how many other content words the claim has
 * @param missingTerms    those the passage has neither in the same stem nor as a synonym, as {@code lemma/TAG}
 * @param coverage        the share of the claim's names, figures, dates and content words the passage has (words by stem
 *                        or WordNet synonym), 1 when the claim has none
 * @param similarity      sentence-embedding cosine of claim and passage
 * @param negationDiffers whether one of them is negated and the other not
 * @param fragment        whether the passage is too short or broken to state a claim: fewer than three words, no
 *                        verb ({@code A loaded.}, {@code 3GHz quad-core chip.}), or only a reporting clause
 */
public record Evidence(int names, List<String> missingNames, int namesInContext, int figures,
                       List<String> missingFigures, List<String> conflicts, int dates, List<String> missingDates,
                       int terms, List<String> missingTerms, double coverage, double similarity, boolean negationDiffers, boolean fragment) {

    public Evidence {
        missingNames = List.copyOf(missingNames);
        missingFigures = List.copyOf(missingFigures);
        conflicts = List.copyOf(conflicts);
        missingDates = List.copyOf(missingDates);
        missingTerms = List.copyOf(missingTerms);
    }
}
