/**
 * The pipeline that runs every stage in order, from input paths to a {@link org.storyline.model.Report}.
 * It is the one entry point the command line, the server and the benchmarks use.
 */
package org.storyline.pipeline;
