package org.storyline.clean;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.storyline.model.RemovalKind;

/**
 * Drops whole lines of page furniture: bylines ({@code By Jane Doe and John Roe, Reuters}), photo
 * credits ({@code Photo: AFP}), update lines ({@code Updated 14:03 GMT}), reading or subscription
 * promos ({@code Read more: …}, {@code Sign up for our newsletter}) and paywall teasers
 * ({@code Subscribe to continue reading}, {@code Already a subscriber? Log in}). Only short lines qualify, so a
 * sentence that happens to start with such a word stays.
 */
final class FurnitureLines {

    private static final int MAX_WORDS = 15;
    private static final String NAME = "\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.\\-]*|van|von|de|da|del|der|di|le|la|bin|al))*";
    private static final Pattern BYLINE = Pattern.compile(
            "(?i:by|por|von|par|av|di)\\s+" + NAME + "(?:\\s*(?:,|(?i:and|und|y|et|og|e|&))\\s*" + NAME + ")*"
                    + "(?:\\s*[,|/–—-]\\s*[\\p{L}][\\p{L} .&]{1,40})?\\s*");
    private static final Pattern BOILERPLATE = Pattern.compile("(?i)\\s*(?:"
            + "(?:photo|photos|foto|image|picture|file photo|video|illustration)\\s*(?:credit)?\\s*[:/©].*"
            + "|(?:updated|last updated|published|posted|first published)\\b.*\\d.*"
            + "|(?:read more|read also|related|see also|more on this|recommended|advertisement|listen to this article)\\b.*"
            + "|(?:sign up|subscribe)\\b.*(?:newsletter|inbox|subscription|free|continue|read).*"
            + "|(?:already a subscriber|log in to (?:continue|read)|this (?:article|story|content) is (?:for|only for|reserved for) subscribers"
            + "|to (?:continue|keep) reading|continue reading|you have reached your (?:free )?(?:article )?limit"
            + "|become a (?:member|subscriber)|subscribe now|unlock (?:this|the full) (?:article|story)).*"
            + ")");

    /** The draft without its furniture lines. */
    Draft apply(Draft draft) {
        Set<Integer> bylines = new HashSet<>();
        Set<Integer> boilerplate = new HashSet<>();
        for (int i = 0; i < draft.size(); i++) {
            String line = draft.text(i).strip();
            if (LineShape.words(line) > MAX_WORDS) {
                continue;
            }
            if (BYLINE.matcher(line).matches()) {
                bylines.add(i);
            } else if (BOILERPLATE.matcher(line).matches()) {
                boilerplate.add(i);
            }
        }
        return draft.drop(bylines, RemovalKind.BYLINE).drop(remap(boilerplate, bylines), RemovalKind.BOILERPLATE);
    }

    /** Indexes of {@code lines} once the paragraphs at {@code dropped} are gone. */
    private static Set<Integer> remap(Set<Integer> lines, Set<Integer> dropped) {
        Set<Integer> out = new HashSet<>();
        for (int i : lines) {
            out.add(i - (int) dropped.stream().filter(d -> d < i).count());
        }
        return out;
    }

    /** Whether {@code line} is a byline. */
    static boolean isByline(String line) {
        return LineShape.words(line) <= MAX_WORDS && BYLINE.matcher(line.strip()).matches();
    }
}
