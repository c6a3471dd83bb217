package org.storyline.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;
import org.storyline.model.Sentence;
import org.storyline.model.Token;

/**
 * Finds the references to a story's organisations and places that the tagger left untagged in an article:
 * a word written as the story writes that organisation or place elsewhere ({@code TMZ}), an acronym of its
 * name ({@code IBF} for {@code International Boxing Federation}, {@code AP} for {@code Associated Press}), or the
 * last word of its name ({@code Herald} for {@code Boston Herald}, {@code Nationals} for
 * {@code Washington Nationals}), or the name of a facility without its generic word ({@code Promises} for
 * {@code Promises Treatment Center}). An acronym may keep the {@code The} of the name ({@code THR}). A word
 * counts only when it is a capitalised noun outside every mention (the tagger often takes {@code IBF} or
 * {@code Nationals} for a common noun; at a sentence start only a proper noun), it fits one organisation or
 * place of the story and no person's name.
 */
public final class ShortFormReferences {


    /**
     * The untagged references of the story's {@code articles} to the organisations and places of {@code index};
     * {@code known} holds the mentions already found.
     */
    public Map<Mention, Entity> find(List<AnnotatedArticle> articles, EntityIndex index, List<Mention> known) {
        Map<String, List<Entity>> forms = forms(index);
        Map<Mention, Entity> out = new LinkedHashMap<>();
        if (!forms.isEmpty()) {
            for (AnnotatedArticle a : articles) {
                find(a, forms, known.stream().filter(m -> m.article().equals(a.id())).toList(), out);
            }
        }
        return out;
    }

    private static void find(AnnotatedArticle article, Map<String, List<Entity>> forms, List<Mention> known,
                             Map<Mention, Entity> out) {
        String text = article.text();
        for (Sentence s : article.sentences()) {
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                Token tok = t.get(i);
                if (!LoneWords.lone(t, i, i == 0, known) || i > 0 && LoneWords.isProperName(t.get(i - 1))) {
                    continue;
                }
                List<Entity> fits = forms.getOrDefault(formOf(tok.text()), List.of());
                if (fits.size() == 1) {
                    int end = tok.start() + NameParts.written(tok.text()).length();
                    out.put(new Mention(article.id(), text.substring(tok.start(), end), fits.get(0).type(),
                            tok.start(), end, s.index(), null), fits.get(0));
                }
            }
        }
    }

    /** The forms each organisation or place may be written in, with the entities that fit; people block theirs. */
    private static Map<String, List<Entity>> forms(EntityIndex index) {
        Map<String, List<Entity>> out = new HashMap<>();
        List<String> blocked = new ArrayList<>();
        for (Entity e : index.entities()) {
            if (e.type() == EntityType.PERSON) {
                for (String v : e.variants()) {
                    for (String w : NameParts.written(v).split(" ")) {
                        blocked.add(formOf(w));
                    }
                }
                continue;
            }
            if (e.type() != EntityType.ORG && e.type() != EntityType.PLACE) {
                continue;
            }
            Set<String> mine = new HashSet<>();
            for (String v : e.variants()) {
                String written = NameParts.written(v);
                String[] words = written.split(" ");
                if (words.length == 1) {
                    mine.add(formOf(written));
                    continue;
                }
                String acronym = OrgNames.acronym(written);
                if (acronym.length() > 1) {
                    mine.add("=" + acronym);
                    if (e.type() == EntityType.ORG) {
                        mine.add("=T" + acronym);
                    }
                }
                List<String> core = OrgNames.facilityCore(OrgNames.words(written));
                if (core != null && core.size() == 1) {
                    mine.add(core.get(0));
                }
                String head = e.type() == EntityType.ORG ? OrgNames.head(OrgNames.words(written)) : null;
                if (head != null) {
                    mine.add(head);
                }
            }
            mine.remove("");
            mine.forEach(f -> out.computeIfAbsent(f, k -> new ArrayList<>()).add(e));
        }
        blocked.forEach(out::remove);
        return out;
    }

    /** A word as compared: an acronym ({@code IBF}, {@code ISPs}) as {@code =IBF}, any other by its key. */
    private static String formOf(String word) {
        String w = NameParts.written(word).replace(".", "");
        if (w.matches("\\p{Lu}{2,6}s?")) {
            return "=" + w.replaceAll("s$", "");
        }
        return OrgNames.key(w);
    }

}
