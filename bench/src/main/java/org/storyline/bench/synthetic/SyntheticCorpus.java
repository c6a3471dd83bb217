package org.storyline.bench.synthetic;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.storyline.ingest.Ingested;
import org.storyline.ingest.Ingester;
import org.storyline.model.Article;

/**
 * Writes a JSON Lines corpus of {@code N} articles made from real ones: the real articles (read by the
 * ingester from any input storyline reads) in universe 0, then again in universe 1, 2, ... until {@code N}
 * are written (see {@link Universe}). Each record has {@code id} ({@code ID~k}), {@code title},
 * {@code url}, {@code outlet}, {@code published}, {@code text} (the article's paragraphs, one a line) and
 * {@code event} ({@code SOURCE-EVENT~k} when the input records carry an {@code event}, for scoring).
 * Usage: {@code SyntheticCorpus N OUT.jsonl INPUT...}.
 */
public final class SyntheticCorpus {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SyntheticCorpus() {
    }

    /** Writes the corpus; see the class comment for the arguments. */
    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: SyntheticCorpus N OUT.jsonl INPUT...");
            System.exit(64);
        }
        int n = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        List<Path> inputs = java.util.Arrays.stream(args).skip(2).map(Path::of).toList();
        Ingested real = new Ingester().ingest(inputs);
        real.problems().forEach(p -> System.err.println("storyline: " + p.path() + ": " + p.reason()));
        if (real.articles().isEmpty()) {
            System.err.println("no article read from " + inputs);
            System.exit(2);
        }
        java.util.Map<String, String> events = Events.read(inputs);
        int written = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int k = 0; written < n; k++) {
                Universe u = new Universe(k);
                for (Article a : real.articles()) {
                    if (written == n) {
                        break;
                    }
                    w.write(JSON.writeValueAsString(record(a, u, events.get(a.id()))));
                    w.write('\n');
                    written++;
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        System.err.printf("wrote %d articles (%d real ones, %d universes) to %s%n", written, real.articles().size(),
                (written + real.articles().size() - 1) / real.articles().size(), out);
    }

    private static ObjectNode record(Article a, Universe u, String event) {
        ObjectNode r = JSON.createObjectNode();
        r.put("id", a.id() + "~" + u.index());
        String context = (a.title() == null ? "" : a.title() + "\n")
                + String.join("\n", a.paragraphs().stream().map(p -> p.text()).toList());
        r.put("title", u.rename(a.title(), context));
        r.put("url", a.url() == null ? null : a.url() + (a.url().contains("?") ? "&" : "?") + "u=" + u.index());
        r.put("outlet", a.outlet());
        r.put("published", u.moveDate(a.published()));
        StringBuilder text = new StringBuilder();
        a.paragraphs().forEach(p -> text.append(u.rename(p.text(), context)).append('\n'));
        r.put("text", text.toString());
        r.put("event", event == null ? null : event + "~" + u.index());
        return r;
    }
}
