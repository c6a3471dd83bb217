/**
 * Compact binary forms of the model records that travel between Spark stages (articles as read, cleaned and
 * annotated), since the records themselves are not {@link java.io.Serializable}. Internal to the Spark job.
 */
package org.storyline.spark.codec;
