package org.storyline.fact;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.storyline.model.CleanArticle;
import org.storyline.model.FactKind;

/**
 * Tells dates that are part of a range or list ({@code on Thursday and Friday}, {@code from
 * Monday to Wednesday}, {@code 16-17 October}): such a date is not the whole answer to "when", so it
 * must not be set against another outlet's single date. Two joined dates that agree
 * ({@code Thursday, October 17}) are one date, not a range.
 */
final class DateRanges {

    private static final Pattern JOINER = Pattern.compile("\\h*(?:,|-|–|—|/|(?i:and|or|to|through|until|till|&))\\h*");

    private DateRanges() {
    }

    /** Whether {@code m} is a date joined to a different date of its article by {@code and}, {@code to}, a dash or a comma. */
    static boolean inRange(FactMention m, List<FactMention> all, Map<String, CleanArticle> articles) {
        CleanArticle article = articles.get(m.article());
        if (m.kind() != FactKind.DATE || article == null) {
            return false;
        }
        String text = article.text();
        for (FactMention other : all) {
            if (other != m && other.kind() == FactKind.DATE && other.article().equals(m.article())
                    && !ValueAgreement.agree(m, other) && (joined(text, m.cleanEnd(), other.cleanStart()) || joined(text, other.cleanEnd(), m.cleanStart()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean joined(String text, int end, int start) {
        return end <= start && JOINER.matcher(text.substring(end, start)).matches();
    }
}
