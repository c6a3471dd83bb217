package org.storyline.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.storyline.ingest.Ingested;
import org.storyline.ingest.Ingester;
import org.storyline.model.Article;
import org.storyline.model.Problem;
import org.storyline.codec.ArticleCodec;

/**
 * Reads one input file on an executor with core's {@link Ingester}, so every format, limit, normalisation and
 * problem message is the single-machine one. A local file is read in place; a file of another file system is
 * streamed from it into a temporary folder of the executor, under its own name (the name gives the format and
 * the article ids), read there and deleted. Paths in articles and problems name the original file.
 */
final class FileIngest {

    private FileIngest() {
    }

    /** The articles and problems of {@code file}; never throws for a bad or unreachable file. */
    static FileRead read(InputFile file, Configuration conf) {
        Path path = new Path(file.uri());
        try {
            FileSystem fs = path.getFileSystem(conf);
            if (fs instanceof LocalFileSystem local) {
                return ingest(file, local.pathToFile(path).toPath());
            }
            java.nio.file.Path dir = Files.createTempDirectory("storyline-ingest-");
            try {
                java.nio.file.Path copy = dir.resolve(path.getName());
                try (InputStream in = fs.open(path)) {
                    Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                }
                return ingest(file, copy);
            } finally {
                delete(dir);
            }
        } catch (IOException | RuntimeException e) {
            String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            return new FileRead(List.of(), List.of(new ProblemRow(file.shown(), "ingest", "cannot read: " + reason)),
                    java.util.Map.of());
        }
    }

    private static FileRead ingest(InputFile file, java.nio.file.Path local) {
        Ingested ingested = new Ingester().ingest(List.of(local));
        String prefix = local.toString();
        List<Staged> articles = new ArrayList<>();
        for (Article a : ingested.articles()) {
            Article renamed = new Article(a.id(), shown(a.path(), prefix, file), a.source(), a.paragraphs(), a.title(),
                    a.url(), a.outlet(), a.published(), a.language());
            articles.add(Staged.done(Staged.order(file.number(), articles.size()), a.id(), renamed.path(),
                    ArticleCodec.encode(renamed)));
        }
        List<ProblemRow> problems = new ArrayList<>();
        for (Problem p : ingested.problems()) {
            problems.add(new ProblemRow(shown(p.path(), prefix, file), p.stage(), p.reason()));
        }
        return new FileRead(articles, problems, ingested.skipped());
    }

    /** {@code path} with the local copy's path replaced by the file's own. */
    private static String shown(String path, String prefix, InputFile file) {
        return path.startsWith(prefix) ? file.shown() + path.substring(prefix.length()) : path;
    }

    private static void delete(java.nio.file.Path dir) throws IOException {
        try (Stream<java.nio.file.Path> all = Files.walk(dir)) {
            for (java.nio.file.Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
