package org.storyline.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Expands the job's input paths into files, on the driver, the way the single-machine ingester does: a
 * directory is walked recursively, its files of supported types sorted by path, hidden ones (name starting
 * with a dot) left out; a file named explicitly is kept whatever its type (the ingester reports an unsupported
 * one). Paths may be globs ({@code s3a://bucket/2024/10/*.warc.gz}); a glob's matches are sorted by path.
 */
final class InputLister {

    /** The extensions the ingester reads, each also gzipped (see {@code org.storyline.ingest.Ingester}). */
    private static final Set<String> EXTENSIONS = Set.of("txt", "html", "htm", "jsonl", "rss", "atom", "xml", "warc");

    private InputLister() {
    }

    /**
     * The files of {@code inputs}, numbered in reading order; a path that names nothing becomes a problem.
     *
     * @param inputs   paths or globs
     * @param conf     the Hadoop configuration that reaches their file systems
     * @param problems where problems go
     */
    static List<InputFile> list(List<String> inputs, Configuration conf, List<ProblemRow> problems) {
        List<InputFile> files = new ArrayList<>();
        for (String input : inputs) {
            try {
                Path path = new Path(input);
                FileSystem fs = path.getFileSystem(conf);
                FileStatus[] matches = fs.globStatus(path);
                if (matches == null || matches.length == 0) {
                    problems.add(new ProblemRow(input, "ingest", "no such file or directory"));
                    continue;
                }
                for (FileStatus match : matches) {
                    if (match.isDirectory()) {
                        walk(fs, match.getPath(), files);
                    } else {
                        add(match.getPath(), files);
                    }
                }
            } catch (FileNotFoundException e) {
                problems.add(new ProblemRow(input, "ingest", "no such file or directory"));
            } catch (IOException | IllegalArgumentException e) {
                problems.add(new ProblemRow(input, "ingest", "cannot list: " + e.getMessage()));
            }
        }
        return files;
    }

    private static void walk(FileSystem fs, Path dir, List<InputFile> files) throws IOException {
        List<Path> found = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
        String root = dir.toUri().getPath();
        while (it.hasNext()) {
            Path file = it.next().getPath();
            if (!hidden(root, file) && supported(file.getName())) {
                found.add(file);
            }
        }
        found.sort(null);
        found.forEach(f -> add(f, files));
    }

    /** Whether a name below {@code root} in {@code file}'s path starts with a dot. */
    private static boolean hidden(String root, Path file) {
        String below = file.toUri().getPath().substring(Math.min(root.length(), file.toUri().getPath().length()));
        for (String part : below.split("/")) {
            if (part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    static boolean supported(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gz")) {
            lower = lower.substring(0, lower.length() - 3);
        }
        int dot = lower.lastIndexOf('.');
        return dot >= 0 && EXTENSIONS.contains(lower.substring(dot + 1));
    }

    private static void add(Path file, List<InputFile> files) {
        String uri = file.toUri().toString();
        String shown = "file".equals(file.toUri().getScheme()) ? file.toUri().getPath() : uri;
        files.add(new InputFile(files.size(), uri, shown));
    }
}
