/**
 * The ingest stage: turns input files ({@code .txt}, {@code .html}/{@code .htm}, {@code .jsonl}, RSS
 * and Atom feeds, WARC archives, each optionally gzipped), directories of them and standard input
 * ({@code -}) into {@link org.storyline.model.Article} values. Every paragraph keeps a map from each
 * of its characters back to the decoded source document, so later stages can cite the exact source
 * text. Inputs that cannot be read become {@link org.storyline.model.Problem} values beside the
 * articles, and records that are not articles are counted as skipped; the batch never stops for one
 * bad file, and no input can take more than a bounded amount of memory (64 MiB decompressed per file
 * or record, 8 Mi characters per HTML page). {@link org.storyline.ingest.Ingester} is the entry point.
 */
package org.storyline.ingest;
