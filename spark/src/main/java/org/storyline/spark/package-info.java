/**
 * The storyline pipeline as an Apache Spark job: ingest, clean, annotate, cluster and brief run on executors
 * over files on any Hadoop-compatible storage, giving the same stories as the single-machine
 * {@link org.storyline.pipeline.StorylinePipeline}. {@link org.storyline.spark.StorylineSparkJob} is the entry
 * point for {@code spark-submit}; {@link org.storyline.spark.SparkPipeline} runs the job in a session.
 */
package org.storyline.spark;
