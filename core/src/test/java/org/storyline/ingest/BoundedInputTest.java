package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoundedInputTest {

    @TempDir
    Path dir;

    private static final byte[] TEXT = "Some text.\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void gzippedFileIsDecompressed() throws Exception {
        Path file = Files.write(dir.resolve("a.txt.gz"), WarcBytes.gzip(TEXT));

        assertThat(BoundedInput.readFile(file, true)).isEqualTo(TEXT);
    }

    @Test
    void truncatedGzipIsAReason() throws IOException {
        byte[] gz = WarcBytes.gzip(TEXT);
        Path file = Files.write(dir.resolve("a.txt.gz"), Arrays.copyOf(gz, gz.length - 6));

        assertThatThrownBy(() -> BoundedInput.readFile(file, true)).isInstanceOf(IngestException.class)
                .hasMessage("truncated gzip (unexpected end of compressed data)");
    }

    @Test
    void fileNamedGzThatIsNotGzipIsAReason() throws IOException {
        Path file = Files.write(dir.resolve("a.txt.gz"), TEXT);

        assertThatThrownBy(() -> BoundedInput.readFile(file, true)).isInstanceOf(IngestException.class)
                .hasMessageStartingWith("not valid gzip (");
    }

    @Test
    void endlessStreamStopsAtTheLimit() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                Arrays.fill(b, off, off + len, (byte) 'x');
                return len;
            }
        };

        assertThatThrownBy(() -> BoundedInput.readDecompressed(endless)).isInstanceOf(IngestException.class)
                .hasMessage("decompressed size exceeds 64 MiB");
    }

    @Test
    void pipedInputIsGunzippedOnlyWhenItStartsWithTheGzipMagic() throws Exception {
        assertThat(BoundedInput.readSniffingGzip(new ByteArrayInputStream(WarcBytes.gzip(TEXT)))).isEqualTo(TEXT);
        assertThat(BoundedInput.readSniffingGzip(new ByteArrayInputStream(TEXT))).isEqualTo(TEXT);
        assertThat(BoundedInput.readSniffingGzip(new ByteArrayInputStream(new byte[0]))).isEmpty();
    }
}
