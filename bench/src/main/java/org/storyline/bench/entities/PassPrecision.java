package org.storyline.bench.entities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.storyline.entity.EntityIndex;
import org.storyline.entity.ResolutionPass;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Citation;
import org.storyline.model.Entity;
import org.storyline.model.Mention;

/**
 * The share and precision of each pass of entity resolution on gold mentions: every mention of an entity is
 * matched by its source range to a gold mention of its article; an entity's gold chain is the one most of its
 * matched mentions belong to; a pass is right for a mention whose gold chain is its entity's.
 */
final class PassPrecision {

    private record Gold(int start, int end, String chain) {
    }

    private static final class Tally {
        int mentions;
        int matched;
        int right;
    }

    private final Map<String, List<Gold>> gold;
    private final Map<ResolutionPass, Tally> tallies = new EnumMap<>(ResolutionPass.class);

    private PassPrecision(Map<String, List<Gold>> gold) {
        this.gold = gold;
    }

    /** Reads the gold mentions of an ECB+ entity gold file (its {@code text} mentions of cross-document chains). */
    static PassPrecision read(Path goldFile) {
        try {
            JsonNode root = new ObjectMapper().readTree(goldFile.toFile());
            Map<String, List<Gold>> gold = new HashMap<>();
            root.get("articles").fields().forEachRemaining(a -> {
                List<Gold> list = new ArrayList<>();
                for (JsonNode m : a.getValue().get("mentions")) {
                    if (m.path("field").asText().equals("text") && !m.path("chain_kind").asText().equals("intra")) {
                        list.add(new Gold(m.get("start").asInt(), m.get("end").asInt(), m.get("chain").asText()));
                    }
                }
                gold.put(a.getKey(), list);
            });
            return new PassPrecision(gold);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold " + goldFile, e);
        }
    }

    /** Counts the mentions of the entities of one story, by the pass that joined each. */
    void add(EntityIndex index, List<AnnotatedArticle> articles) {
        Map<String, AnnotatedArticle> byId = articles.stream().collect(Collectors.toMap(AnnotatedArticle::id,
                Function.identity(), (a, b) -> a));
        for (Entity e : index.entities()) {
            Map<Mention, String> chains = new HashMap<>();
            for (Mention m : index.mentionsOf(e)) {
                Citation c = byId.get(m.article()).clean().cite(m.start(), m.end());
                for (Gold g : gold.getOrDefault(m.article(), List.of())) {
                    if (g.start() < c.end() && c.start() < g.end()) {
                        chains.put(m, g.chain());
                        break;
                    }
                }
            }
            String chain = chains.values().stream().collect(Collectors.groupingBy(x -> x, Collectors.counting()))
                    .entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(null);
            for (Mention m : index.mentionsOf(e)) {
                Tally t = tallies.computeIfAbsent(index.passOf(m).orElseThrow(), k -> new Tally());
                t.mentions++;
                if (chains.containsKey(m)) {
                    t.matched++;
                    if (chains.get(m).equals(chain)) {
                        t.right++;
                    }
                }
            }
        }
    }

    /** Prints a line per pass: mentions, share, mentions on gold, and the share of those in their entity's chain. */
    void print() {
        int all = tallies.values().stream().mapToInt(t -> t.mentions).sum();
        System.out.println("pass                   mentions  share  on gold  in the entity's gold chain");
        tallies.forEach((pass, t) -> System.out.printf(Locale.ROOT, "%-22s %8d %5.1f%% %8d  %s%n", pass, t.mentions,
                100.0 * t.mentions / Math.max(1, all), t.matched,
                t.matched == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) t.right / t.matched)));
    }
}
