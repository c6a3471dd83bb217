package org.storyline.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.storyline.entity.EntityIndex;
import org.storyline.entity.Gender;
import org.storyline.entity.NameWords;
import org.storyline.internal.WordList;
import org.storyline.lexicon.WordNet;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;
import org.storyline.model.Token;

/**
 * Turns the noun phrase next to a reporting verb into a {@link Speaker}: a person named in it (resolved to
 * the story's entity), a pronoun (resolved by the {@link Discourse}), an unnamed source kept as its
 * description, a title that fits exactly one person, or an organisation. Anything else is unknown.
 */
final class SpeakerResolver {

    static final Set<String> ANONYMOUS_HEADS =
            WordList.lowerCaseSet(org.storyline.entity.EntityResolver.class, "anonymous-sources.txt");
    private static final Set<String> INDEFINITE = Set.of("a", "an", "one", "another", "some", "several", "two",
            "three", "second", "third", "other", "senior", "many");


    /** Heads that name a group though not written as plurals. */
    private static final Set<String> COLLECTIVE = Set.of("people", "police", "staff", "crowd", "family", "public");

    private final EntityIndex index;
    private final String article;
    /** The article's mentions by start offset, for finding the one that covers a token. */
    private final NavigableMap<Integer, Mention> mentions = new TreeMap<>();
    private ArticleGenders genders = new ArticleGenders();

    SpeakerResolver(EntityIndex index, String article) {
        this.index = index;
        this.article = article;
        index.mentionsIn(article).forEach(m -> mentions.merge(m.start(), m, (a, b) -> a.end() >= b.end() ? a : b));
    }

    /** The speaker a phrase names; pronouns and back-references go through {@code discourse}. */
    Speaker resolve(List<Token> np, String text, Discourse discourse, int position) {
        if (np.isEmpty()) {
            return Speaker.UNKNOWN;
        }
        if (np.size() == 1 && np.get(0).pos().equals("PRP")) {
            return pronoun(np.get(0).text(), discourse, position);
        }
        if (np.size() > 2 && np.get(1).text().equalsIgnoreCase("of")
                && NounPhrase.QUANTITIES.contains(np.get(0).text().toLowerCase(Locale.ROOT))) {
            return UnnamedSources.partOf(np, text);
        }
        Speaker named = personAtHead(np, text);
        int headIndex = headIndex(np);
        if (!named.known() && headIndex < np.size() - 1) {
            named = personAtHead(np.subList(0, headIndex + 1), text);
        }
        if (named.known()) {
            return named;
        }
        String phrase = text.substring(np.get(0).start(), np.get(np.size() - 1).end());
        String head = np.get(headIndex).text().toLowerCase(Locale.ROOT);
        if (Documents.authorFollows(np, headIndex)) {
            List<Token> author = np.subList(headIndex + 2, np.size());
            Speaker s = resolve(author, text, discourse, position + headIndex + 2);
            Speaker found = s.known() ? s : Documents.untaggedAuthor(author, text);
            if (found.known()) {
                discourse.wrote(head, found);
            }
            return found;
        }
        String first = np.get(0).text().toLowerCase(Locale.ROOT);
        boolean definite = first.equals("the") || first.equals("this");
        if (definite && Documents.isDocument(head) && headIndex == np.size() - 1) {
            return discourse.authorOf(head).orElse(Speaker.UNKNOWN);
        }
        if (definite) {
            Optional<Entity> titled = index.personByTitle(phrase, article);
            if (titled.isPresent()) {
                return named(titled.get());
            }
            Speaker recent = discourse.recentSubject();
            if (headIndex == np.size() - 1 && holdsTitle(recent, head)) {
                return recent;
            }
            Speaker group = discourse.group(position);
            if (UnnamedSources.isInstitution(head) && group.name() != null && UnnamedSources.institution(np, phrase).name() == null) {
                return group;
            }
        }
        if (COLLECTIVE.contains(head) && headIndex == np.size() - 1 && (np.size() == 1 || definite && np.size() == 2)) {
            return UnnamedSources.isInstitution(head) ? Speaker.named(head, null, false, Gender.UNKNOWN)
                    : Speaker.anonymous(UnnamedSources.description(np, phrase), head, true);
        }
        boolean listed = ANONYMOUS_HEADS.contains(head);
        if (listed || isPersonNoun(np.get(headIndex)) && (headIndex == 0 || !np.get(headIndex).isCapitalized())) {
            boolean bare = headIndex == np.size() - 1 && np.stream().noneMatch(t -> t.pos().equals("POS"));
            if (definite && bare) {
                Optional<Speaker> earlier = discourse.anonymousWithHead(head);
                if (earlier.isPresent()) {
                    return earlier.get();
                }
            }
            boolean barePlural = np.get(headIndex).pos().equals("NNS") && np.stream().noneMatch(t -> t.pos().equals("DT"));
            boolean owned = headIndex > 0 && np.subList(0, headIndex).stream()
                    .anyMatch(t -> t.pos().equals("POS") || t.pos().equals("PRP$"));
            boolean described = listed && (definite || headIndex < np.size() - 1);
            if (INDEFINITE.contains(first) || barePlural || owned || described) {
                boolean plural = np.get(headIndex).pos().equals("NNS") || COLLECTIVE.contains(head);
                return Speaker.anonymous(UnnamedSources.description(np, phrase), head, plural);
            }
        }
        Speaker numbered = UnnamedSources.numbered(np, phrase);
        return numbered.known() ? numbered : organisation(np, text);
    }

    /**
     * The speaker a definite description of a person names when it reports a quote right after that speaker's
     * own statement ({@code “…,” Van Der Beek said. “…,” said the actor.}): the last speaker, when they spoke in
     * this paragraph or the one before and no one else has been a subject since. A description of an unnamed
     * source ({@code the official}) or one the story gives as a title is resolved by {@link #resolve}; one the
     * article has used as the subject for an unnamed person ({@code The patient went to his doctor}) means that
     * person; anything else stays unknown.
     */
    Speaker describedLastSpeaker(List<Token> np, Discourse discourse, int paragraph) {
        if (np.size() < 2 || !np.get(0).text().equalsIgnoreCase("the")) {
            return Speaker.UNKNOWN;
        }
        Token head = np.get(np.size() - 1);
        boolean named = np.stream().anyMatch(t -> t.ner().equals("PERSON") || t.pos().startsWith("NNP") && t != np.get(0));
        if (named || !head.pos().equals("NN") || ANONYMOUS_HEADS.contains(head.text().toLowerCase(Locale.ROOT))
                || !isPersonNoun(head)) {
            return Speaker.UNKNOWN;
        }
        if (discourse.describedBefore(head.text().toLowerCase(Locale.ROOT))) {
            return Speaker.UNKNOWN;
        }
        Speaker last = discourse.lastSpeaker();
        boolean recent = discourse.lastSpeakerParagraph() >= paragraph - 1;
        return last.known() && last.person() && !last.anonymous() && recent && !discourse.otherSubjectSinceSpeech()
                ? last : Speaker.UNKNOWN;
    }

    /** A person of the story named in a sentence, at token {@code position}. */
    record Mentioned(Speaker speaker, int position) {
    }

    /** The people of the story a sentence names outside quotes, each once, in text order. */
    List<Mentioned> people(SentenceTokens st, String text) {
        return known(names(st, text));
    }

    private static List<Mentioned> known(List<Mentioned> names) {
        List<Mentioned> out = new ArrayList<>();
        for (Mentioned m : names) {
            if (m.speaker().known() && out.stream().noneMatch(o -> o.speaker().equals(m.speaker()))) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * Learns from every sentence of an article the gender the article's own pronouns give its people
     * ({@link ArticleGenders}); later resolutions carry it.
     */
    void learnGenders(List<SentenceTokens> sentences, String text) {
        ArticleGenders learned = new ArticleGenders();
        for (SentenceTokens st : sentences) {
            List<Mentioned> all = names(st, text);
            learned.observe(st, known(all), all.stream().anyMatch(m -> !m.speaker().known()));
        }
        genders = learned;
    }

    /**
     * Every personal name a sentence gives outside quotes, in text order: the people its mentions were resolved to
     * (a family name the tagger missed, {@code photos of Page}, among them), and names tagged as a person that no
     * mention covers, unknown.
     */
    private List<Mentioned> names(SentenceTokens st, String text) {
        List<Token> tokens = st.tokens();
        List<Mentioned> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            Optional<Mention> m = Optional.ofNullable(mentions.floorEntry(t.start())).map(Map.Entry::getValue)
                    .filter(x -> t.end() <= x.end());
            boolean tagged = t.ner().equals("PERSON");
            Optional<Entity> e = m.flatMap(index::entityOf)
                    .filter(x -> x.type() == EntityType.PERSON && (tagged || fullyNamed(x)));
            if (st.quoted()[i] || e.isEmpty() && !tagged) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < tokens.size() && !st.quoted()[end] && (m.isPresent() ? tokens.get(end).end() <= m.get().end()
                    : tokens.get(end).ner().equals("PERSON"))) {
                end++;
            }
            String name = text.substring(t.start(), tokens.get(end - 1).end());
            Speaker p = e.filter(SpeakerResolver::fullyNamed).map(this::named)
                    .orElseGet(() -> index.person(name, article).map(this::named).orElse(Speaker.UNKNOWN));
            out.add(new Mentioned(p, i));
            i = end;
        }
        return out;
    }

    /**
     * The person named at the head of the phrase: a name that ends it ({@code U.S. Ambassador to NATO Anna
     * Berg}), not one that owns the head ({@code Berg's spokesman}) or follows a preposition
     * ({@code a spokesman for Berg}); or one capitalised word the tagger took for a common noun that is the family
     * name of exactly one person of the story ({@code “…,” Luck said}); or a first name the tagger missed right after
     * a noun for a kind of person, as written ({@code Ms. Davis’s sister Crystal}).
     */
    private Speaker personAtHead(List<Token> np, String text) {
        Token last = np.get(np.size() - 1);
        Optional<Entity> resolved = index.entityEndingAt(article, 0, last.end());
        if (resolved.isPresent() && resolved.get().type() == EntityType.PERSON
                && (!last.ner().equals("PERSON") || fullyNamed(resolved.get()) && !afterPreposition(np))) {
            return named(resolved.get());
        }
        int end = np.size();
        if (end > 1 && NameWords.isSuffix(last.text())) {
            end--;
        }
        int start = end;
        while (start > 0 && isNamePart(np.get(start - 1))) {
            start--;
        }
        if (start == end && np.size() == 1 && last.isCapitalized()
                && (last.isPos("NN") || last.isPos("RB") || last.isPos("JJ") || last.isPos("VB"))) {
            return index.person(last.text(), article).map(this::named).orElse(Speaker.UNKNOWN);
        }
        if (start == end) {
            return UnlistedNames.afterPersonNoun(np);
        }
        if (start > 0 && (np.get(start - 1).isPos("IN") || np.get(start - 1).pos().equals("TO"))) {
            return Speaker.UNKNOWN;
        }
        for (int s = start; s < end; s++) {
            Optional<Entity> e = index.person(text.substring(np.get(s).start(), last.end()), article);
            if (e.isPresent()) {
                return named(e.get());
            }
        }
        return Speaker.UNKNOWN;
    }

    /**
     * Whether the entity stage resolved a person to a name of several words: then a mention's entity is surer than
     * matching the words written there again ({@code LaRue} for Frederick C. LaRue, though his father is a LaRue too).
     */
    private static boolean fullyNamed(Entity person) {
        return person.name().contains(" ");
    }

    /** Whether the phrase holds a preposition: a name after it is not the head ({@code a spokesman for Berg}). */
    private static boolean afterPreposition(List<Token> np) {
        return np.stream().anyMatch(t -> t.isPos("IN") || t.pos().equals("TO"));
    }

    /**
     * Whether a common noun names a kind of person in WordNet ({@code juror}, {@code mother}, {@code protesters}):
     * an unnamed source when the phrase is indefinite, possessive or a bare plural ({@code one juror},
     * {@code Nichols' mother}, {@code teachers}). A definite one ({@code the actor}) is left to name someone
     * the text named before, which this resolver cannot tell, so it stays unknown.
     */
    static boolean isPersonNoun(Token t) {
        if (!t.isPos("NN") || t.pos().startsWith("NNP")) {
            return false;
        }
        String lemma = t.lemma() == null ? t.text() : t.lemma();
        return WordNet.isPerson(lemma.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether {@code speaker} is a person the story gives a title with the word {@code head} ({@code the judge} for
     * Judge Jack B. Weinstein, when another judge is in the story too).
     */
    private boolean holdsTitle(Speaker speaker, String head) {
        if (!speaker.known() || !speaker.person() || speaker.name() == null) {
            return false;
        }
        return index.person(speaker.name()).map(index::roles).orElse(List.of()).stream()
                .anyMatch(role -> java.util.Arrays.stream(role.toLowerCase(Locale.ROOT).split("[^a-z]+")).anyMatch(head::equals));
    }

    /** The phrase's head: its last word, or the word before a prepositional complement. */
    private static int headIndex(List<Token> np) {
        for (int i = 1; i < np.size(); i++) {
            Token t = np.get(i);
            if (t.isPos("IN") || t.pos().equals("TO")) {
                return i - 1;
            }
        }
        return np.size() - 1;
    }

    private Speaker pronoun(String word, Discourse discourse, int position) {
        switch (word.toLowerCase(Locale.ROOT)) {
            case "he":
                return discourse.antecedent(Gender.MALE, position);
            case "she":
                return discourse.antecedent(Gender.FEMALE, position);
            case "it", "they":
                return discourse.group(position);
            default:
                return Speaker.UNKNOWN;
        }
    }

    private static boolean isNamePart(Token t) {
        return t.ner().equals("PERSON") || t.pos().startsWith("NNP") && t.isCapitalized() && t.ner().equals("O");
    }

    /**
     * An organisation of the story at the head of the phrase ({@code the Kremlin said}, whatever tag the
     * tagger gave it), or ending a phrase of names and modifiers ({@code New York-based Human Rights Watch}),
     * unless an unnamed person stands in it too ({@code an official Politico}); else an institution the phrase
     * names.
     */
    private Speaker organisation(List<Token> np, String text) {
        if (np.stream().anyMatch(t -> t.isPos("NN") && ANONYMOUS_HEADS.contains(t.text().toLowerCase(Locale.ROOT)))) {
            return Speaker.UNKNOWN;
        }
        Token head = np.get(headIndex(np));
        String phrase = phraseWithoutArticle(np, text);
        String lower = phrase.toLowerCase(Locale.ROOT);
        boolean modifiersOnly = np.stream().noneMatch(t -> t.pos().equals("NN") || t.pos().equals("NNS"));
        for (Entity e : index.entities()) {
            if (e.type() == EntityType.ORG && e.variants().stream().anyMatch(v -> v.equalsIgnoreCase(head.text())
                    || v.equalsIgnoreCase(phrase)
                    || modifiersOnly && v.length() > 2 && lower.endsWith(" " + v.toLowerCase(Locale.ROOT)))) {
                return Speaker.named(e.name(), null, false, Gender.UNKNOWN);
            }
        }
        return UnnamedSources.institution(np, phrase);
    }

    private static String phraseWithoutArticle(List<Token> np, String text) {
        int from = np.get(0).pos().equals("DT") && np.size() > 1 ? 1 : 0;
        return text.substring(np.get(from).start(), np.get(np.size() - 1).end());
    }

    Speaker named(Entity e) {
        return genders.apply(Speaker.named(e.name(), e.role(), true, index.gender(e)));
    }


}
