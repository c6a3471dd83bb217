/**
 * Benchmarks of storyline, run by hand (they read data outside the repository): see the README's
 * "Benchmarks" section.
 */
package org.storyline.bench;
