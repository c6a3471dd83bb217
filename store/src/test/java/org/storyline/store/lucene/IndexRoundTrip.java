package org.storyline.store.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;

/** Writes a document to an index in memory and reads back what the index stored of it. */
final class IndexRoundTrip {

    private IndexRoundTrip() {
    }

    /** {@code doc} as the index gives it back. */
    static Document stored(Document doc) {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(StoreAnalyzers.create()))) {
                writer.addDocument(doc);
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                return reader.storedFields().document(0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
