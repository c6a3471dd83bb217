/**
 * Compact, lossless binary forms of the model records (articles as read, cleaned and annotated, and an
 * article's sentences): for records that travel between Spark stages, which are not
 * {@link java.io.Serializable}, and for annotations a store keeps so that articles are not annotated again.
 */
package org.storyline.codec;
