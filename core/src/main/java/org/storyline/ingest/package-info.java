/**
 * The ingest stage: turns input files ({@code .txt}, {@code .html}/{@code .htm}, {@code .jsonl}) and
 * directories of them into {@link org.storyline.model.Article} values. Every paragraph keeps a map
 * from each of its characters back to the decoded source document, so later stages can cite the exact
 * source text. Inputs that cannot be read become {@link org.storyline.model.Problem} values beside the
 * articles; the batch never stops for one bad file. {@link org.storyline.ingest.Ingester} is the entry
 * point.
 */
package org.storyline.ingest;
