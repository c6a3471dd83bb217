package org.storyline.quote;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.storyline.entity.Gender;
import org.storyline.model.Token;

/**
 * The gender an article itself gives its people: a sentence that names one person and no one else and then
 * refers to someone with {@code she} or {@code her} (or {@code he}, {@code his}) and never the other gender is
 * evidence of that person's gender ({@code Swift got support last week, after accusing them of trying to stop
 * her performing her back catalogue.}). First-name lists give a name's usual gender, which a unisex name
 * ({@code Taylor}, {@code Jordan}) belies; the text's own pronouns decide when they agree with each other.
 */
final class ArticleGenders {

    private static final Set<String> FEMININE = Set.of("she", "her", "hers", "herself");
    private static final Set<String> MASCULINE = Set.of("he", "him", "his", "himself");
    /** Sentences of evidence that settle a gender against a first-name list that says otherwise. */
    private static final int OVERRIDE = 2;

    private final Map<String, int[]> counts = new HashMap<>();

    /**
     * Notes the evidence of one sentence: {@code people} are the people it names outside quotes, {@code named}
     * whether it holds a personal name that none of them is.
     */
    void observe(SentenceTokens st, List<SpeakerResolver.Mentioned> people, boolean named) {
        if (people.size() != 1 || named || people.get(0).speaker().name() == null) {
            return;
        }
        int feminine = 0;
        int masculine = 0;
        List<Token> tokens = st.tokens();
        for (int i = people.get(0).position() + 1; i < tokens.size(); i++) {
            if (st.quoted()[i]) {
                continue;
            }
            String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
            feminine += FEMININE.contains(w) ? 1 : 0;
            masculine += MASCULINE.contains(w) ? 1 : 0;
        }
        if (feminine > 0 != masculine > 0) {
            int[] c = counts.computeIfAbsent(people.get(0).speaker().name(), k -> new int[2]);
            c[feminine > 0 ? 0 : 1]++;
        }
    }

    /**
     * {@code speaker} with the gender the article gives it: its own when the article gives none or both; the
     * article's when the speaker has none, or when the article gives it in several sentences and never the other.
     */
    Speaker apply(Speaker speaker) {
        int[] c = speaker.name() == null ? null : counts.get(speaker.name());
        if (c == null || c[0] > 0 == c[1] > 0) {
            return speaker;
        }
        Gender said = c[0] > 0 ? Gender.FEMALE : Gender.MALE;
        int evidence = Math.max(c[0], c[1]);
        boolean settles = speaker.gender() == Gender.UNKNOWN || evidence >= OVERRIDE;
        return settles && said != speaker.gender() ? new Speaker(speaker.name(), speaker.anonymous(),
                speaker.description(), speaker.person(), said, speaker.head()) : speaker;
    }
}
