package org.storyline.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Citation;
import org.storyline.model.CleanArticle;
import org.storyline.model.Entity;
import org.storyline.model.Mention;
import org.storyline.model.SourceText;

/**
 * The entities of one story: finds the names in its English articles, resolves them into entities, adds the
 * people referred to by title alone and the organisations and places referred to by a short form the tagger
 * missed, and cites every mention and every stated title in the articles' sources.
 * The one way entities are formed, whatever path briefs the story. Stateless and thread-safe.
 */
public final class EntityExtractor {

    private final MentionFinder mentions = new MentionFinder();
    private final EntityResolver resolver = new EntityResolver();
    private final TitleReferences titles = new TitleReferences();
    private final ShortFormReferences shortForms = new ShortFormReferences();

    /** The entities of the story made of {@code articles}, each with its spans and the sources of its role. */
    public EntityIndex extract(List<AnnotatedArticle> articles) {
        List<AnnotatedArticle> english = articles.stream().filter(a -> a.clean().english()).toList();
        List<Mention> all = new ArrayList<>();
        NameOpeners openers = NameOpeners.of(english);
        english.forEach(a -> all.addAll(mentions.find(a, openers)));
        EntityIndex resolved = resolver.resolve(all);
        Map<Mention, Entity> references = new LinkedHashMap<>();
        english.forEach(a -> references.putAll(titles.find(a, resolved)));
        EntityIndex referred = resolved.withReferences(references);
        List<Mention> known = new ArrayList<>(all);
        known.addAll(references.keySet());
        EntityIndex index = referred.withNames(shortForms.find(english, referred, known));
        Map<String, CleanArticle> clean = new LinkedHashMap<>();
        articles.forEach(a -> clean.put(a.id(), a.clean()));
        return index.map(e -> cite(e, index.mentionsOf(e), clean));
    }

    private static Entity cite(Entity e, List<Mention> mentionsOfE, Map<String, CleanArticle> articles) {
        List<Mention> ordered = new ArrayList<>(mentionsOfE);
        ordered.sort(Comparator.comparing(Mention::article).thenComparingInt(Mention::start).thenComparingInt(Mention::end));
        List<SourceText> spans = ordered.stream().map(m -> {
            Citation c = articles.get(m.article()).cite(m.start(), m.end());
            return new SourceText(m.article(), c.start(), c.end(), m.text());
        }).distinct().toList();
        List<Citation> roleSources = e.role() == null ? List.of() : ordered.stream()
                .filter(m -> e.role().equals(m.role()) && m.roleSpan() != null)
                .map(m -> articles.get(m.article()).cite(m.roleSpan().start(), m.roleSpan().end()))
                .distinct().toList();
        return e.cited(roleSources, spans);
    }
}
