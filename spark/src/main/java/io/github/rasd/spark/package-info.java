/**
 * A Spark job for corpora beyond one machine: {@link io.github.rasd.spark.RasdSparkJob} reads
 * articles from JSON Lines or Parquet, extracts them with one {@code ArticleParser} per executor
 * JVM, writes analyses, events in the incident CSV's columns, and optionally incidents fused
 * after a shuffle on the blocking key.
 *
 * @since 0.2.0
 */
package io.github.rasd.spark;
