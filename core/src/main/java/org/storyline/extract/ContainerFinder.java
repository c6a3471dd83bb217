package org.storyline.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Chooses the elements of a page that hold the article body, as Readability does: the best scored
 * candidate ({@link CandidateScores}), moved up to an ancestor when several other strong candidates are
 * inside it or when its parent scores better, then joined by those siblings that score well or are plain
 * text paragraphs. A page without any candidate gives its {@code body}.
 */
final class ContainerFinder {

    private static final int ALTERNATIVES = 5;
    private static final int MIN_SHARED = 3;
    private static final Set<String> STRUCTURE_PARTS = Set.of("tr", "tbody", "thead", "tfoot", "li", "dt", "dd");

    private ContainerFinder() {
    }

    /** The elements of {@code page} whose text blocks are the article body, in document order. */
    static List<Element> find(Document page, TextStats stats) {
        Element body = page.body();
        CandidateScores scores = CandidateScores.of(body.getAllElements(), stats);
        List<Element> ranked = new ArrayList<>(scores.candidates());
        if (ranked.isEmpty()) {
            return List.of(body);
        }
        ranked.sort(Comparator.comparingDouble(scores::score).reversed());
        Element top = wholeStructure(sharedAncestor(ranked, scores));
        top = betterParent(top, scores, body);
        while (top != body && top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return withSiblings(top, scores, stats);
    }

    /** The top candidate, or the lowest ancestor of it holding {@value #MIN_SHARED} of the near-top candidates. */
    private static Element sharedAncestor(List<Element> ranked, CandidateScores scores) {
        Element top = ranked.get(0);
        double topScore = scores.score(top);
        List<Element> alternatives = ranked.subList(1, Math.min(ranked.size(), ALTERNATIVES)).stream()
                .filter(e -> scores.score(e) / topScore >= 0.75).toList();
        if (alternatives.size() < MIN_SHARED) {
            return top;
        }
        for (Element ancestor = top.parent(); ancestor != null && !ancestor.normalName().equals("body");
                ancestor = ancestor.parent()) {
            Element candidate = ancestor;
            long inside = alternatives.stream().filter(a -> a.parents().contains(candidate)).count();
            if (inside >= MIN_SHARED) {
                return ancestor;
            }
        }
        return top;
    }

    /**
     * The table or list that {@code element} is a row, row group or item of: a part of such a structure
     * (a row of a long table of names, one item of a long list) is never the whole article. A table cell
     * can be, in pages laid out with tables, so cells stay.
     */
    private static Element wholeStructure(Element element) {
        Element top = element;
        while (STRUCTURE_PARTS.contains(top.normalName()) && top.parent() != null) {
            top = top.parent();
        }
        return top;
    }

    /** Moves up while the parents keep a third of the score, to a parent that scores better. */
    private static Element betterParent(Element top, CandidateScores scores, Element body) {
        double last = scores.score(top);
        double threshold = last / 3;
        for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
            if (!scores.scored(parent)) {
                continue;
            }
            double score = scores.score(parent);
            if (score < threshold) {
                break;
            }
            if (score > last) {
                return parent;
            }
            last = score;
        }
        return top;
    }

    /** {@code top} and those of its siblings that belong to the article, in document order. */
    private static List<Element> withSiblings(Element top, CandidateScores scores, TextStats stats) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double topScore = scores.score(top);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> kept = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top || belongs(sibling, top, topScore, threshold, scores, stats)) {
                kept.add(sibling);
            }
        }
        return kept;
    }

    private static boolean belongs(Element sibling, Element top, double topScore, double threshold,
            CandidateScores scores, TextStats stats) {
        if (!stats.measured(sibling)) {
            return false;
        }
        double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
        if (scores.scored(sibling) && scores.score(sibling) + bonus >= threshold) {
            return true;
        }
        if (!sibling.normalName().equals("p")) {
            return false;
        }
        TextStats.Stats s = stats.of(sibling);
        if (s.text() > 80) {
            return s.linkDensity() < 0.25;
        }
        return s.text() > 0 && s.links() == 0 && endsSentence(sibling.text());
    }

    private static boolean endsSentence(String text) {
        return text.contains(". ") || text.endsWith(".");
    }
}
