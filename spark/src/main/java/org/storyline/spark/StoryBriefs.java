package org.storyline.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Brief;
import org.storyline.model.CleanArticle;
import org.storyline.model.Story;
import org.storyline.pipeline.Copies;
import org.storyline.codec.ArticleCodec;

/** Writes one story's brief on an executor with core's composer, exact copies listed beside their originals. */
final class StoryBriefs {

    private StoryBriefs() {
    }

    /**
     * The brief of story {@code id}.
     *
     * @param id      the story id
     * @param members its annotated articles, in any order
     * @param copies  the exact copies of its articles, in any order
     */
    static BriefRow brief(String id, Iterable<Staged> members, Iterable<Staged> copies) {
        List<Staged> sorted = sorted(members);
        try {
            List<AnnotatedArticle> articles = sorted.stream().map(s -> ArticleCodec.annotated(s.value())).toList();
            Brief brief = Stages.composer().compose(new Story(id, articles));
            List<CleanArticle> exact = sorted(copies).stream().map(s -> ArticleCodec.clean(s.value())).toList();
            brief = new Copies(List.of(), exact).attachTo(brief);
            List<String> ids = brief.articles().stream().map(CleanArticle::id).toList();
            return new BriefRow(id, sorted.get(0).order(), brief.headline(), ids, BriefJson.render(brief), List.of());
        } catch (RuntimeException e) {
            List<ProblemRow> problems = sorted.stream().map(s -> s.failed("brief", e).problem()).toList();
            return new BriefRow(id, sorted.get(0).order(), null, sorted.stream().map(Staged::id).toList(), null,
                    problems);
        }
    }

    private static List<Staged> sorted(Iterable<Staged> staged) {
        List<Staged> out = new ArrayList<>();
        staged.forEach(out::add);
        out.sort(Comparator.comparingLong(Staged::order));
        return out;
    }
}
