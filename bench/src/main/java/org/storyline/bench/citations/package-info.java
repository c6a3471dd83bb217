/**
 * How well a brief's citations hold: runs the pipeline on a corpus and the citation checker on every
 * story's brief, and prints the share of supported citations with the failures.
 */
package org.storyline.bench.citations;
