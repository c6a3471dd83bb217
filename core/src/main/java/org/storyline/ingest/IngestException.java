package org.storyline.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;

/**
 * A reason why one input (a file or a JSONL line) cannot be ingested. Caught inside the package and
 * turned into a {@link org.storyline.model.Problem}; it never escapes the public API.
 */
final class IngestException extends Exception {

    private static final long serialVersionUID = 1L;

    IngestException(String reason) {
        super(reason);
    }

    /** A reason for a person to read, for an I/O failure on a file. */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "cannot read: permission denied";
        }
        if (e instanceof FileSystemLoopException) {
            return "symbolic link loop";
        }
        String message = e.getMessage();
        return "cannot read: " + e.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
    }
}
