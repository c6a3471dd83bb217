package org.storyline.ingest;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Expands input paths into the files to read. A directory is walked recursively; its supported
 * files are returned sorted by path, hidden files and directories (name starting with a dot) and
 * files of other types are skipped silently. A file named explicitly must exist and have a supported
 * extension, otherwise it is reported as a problem. The path {@code -} stands for standard input and
 * is kept as it is.
 */
final class InputWalker {

    /** The input path that stands for standard input. */
    static final Path STDIN = Path.of("-");

    private InputWalker() {
    }

    /** Whether {@code input} stands for standard input. */
    static boolean isStdin(Path input) {
        return input.equals(STDIN);
    }

    /** The files to read for {@code inputs}, in order; problems go to {@code batch}. */
    static List<Path> expand(List<Path> inputs, IngestBatch batch) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (isStdin(input)) {
                files.add(input);
            } else if (Files.isDirectory(input)) {
                files.addAll(walk(input, batch));
            } else if (!Files.exists(input)) {
                batch.problem(input, "no such file or directory");
            } else if (InputFormat.of(input).isEmpty()) {
                batch.problem(input, "unsupported file type (expected " + InputFormat.EXTENSIONS + ")");
            } else {
                files.add(input);
            }
        }
        return files;
    }

    private static List<Path> walk(Path root, IngestBatch batch) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            return !dir.equals(root) && hidden(dir)
                                    ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile() && !hidden(file) && InputFormat.of(file).isPresent()) {
                                found.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            batch.problem(file, IngestException.describe(e));
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                            if (e != null) {
                                batch.problem(dir, IngestException.describe(e));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            batch.problem(root, IngestException.describe(e));
        }
        found.sort(null);
        return found;
    }

    private static boolean hidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
