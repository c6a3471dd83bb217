/**
 * Synthetic corpora of any size made from real articles: each copy of the real corpus lives in its own
 * "universe" where every name is changed and every date is moved, so copies tell different events in
 * real prose, for store, server and scale benchmarks.
 */
package org.storyline.bench.synthetic;
