package org.storyline.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.store.StoreLockedException;

class WriterLockTest {

    @TempDir
    Path dir;

    @Test
    void lockFileHoldsTheWritersPid() throws IOException {
        try (WriterLock lock = WriterLock.acquire(dir)) {
            assertThat(Files.readString(dir.resolve(StoreLocation.LOCK_FILE)).strip())
                    .isEqualTo(Long.toString(ProcessHandle.current().pid()));
        }
    }

    @Test
    void secondLockIsRefusedNamingTheStoreAndThePid() {
        try (WriterLock lock = WriterLock.acquire(dir)) {
            assertThatThrownBy(() -> WriterLock.acquire(dir)).isInstanceOf(StoreLockedException.class)
                    .hasMessage("store " + dir + " is locked by PID " + ProcessHandle.current().pid()
                            + " (another storyline ingest or serve is writing to it)");
        }
    }

    @Test
    void releasedLockCanBeTakenAgainAndAStaleFileDoesNotBlock() throws IOException {
        Files.writeString(dir.resolve(StoreLocation.LOCK_FILE), "99999999\n");
        WriterLock.acquire(dir).close();
        WriterLock.acquire(dir).close();
    }
}
