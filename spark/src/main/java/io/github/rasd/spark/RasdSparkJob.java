package io.github.rasd.spark;

import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.rasd.fusion.AnalysisLines;
import io.github.rasd.fusion.IncidentCsv;
import io.github.rasd.fusion.IncidentFuser;
import io.github.rasd.fusion.SourceEvent;
import io.github.rasd.json.RasdJson;
import io.github.rasd.model.ImmutableArticle;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * Articles to analyses, events and incidents on a Spark cluster.
 *
 * <p>Input: articles as JSON Lines or Parquet with the columns {@code id, text, published, url,
 * outlet, title} (as {@code rasd extract --jsonl} reads them; {@code published} a
 * {@code YYYY-MM-DD} string or a date). Output, under the output folder:
 * <ul>
 *   <li>{@code analyses/}: one analysis per article, the bytes {@code rasd extract --jsonl}
 *       writes, as JSON Lines text files, or with {@code --format parquet} as Parquet of
 *       {@code (id, analysis)}; an article without id or text gives {@code {"id","error"}};
 *   <li>{@code events/}: Parquet, one row per event in the columns of {@link IncidentCsv};
 *   <li>{@code incidents/} (with {@code --fuse}): JSON Lines, one incident per line, fused after
 *       a shuffle of the events on {@link IncidentFuser#blockingKey}, sorted within each
 *       partition by window and fused run by run ({@link RunFusion}): incidents never span two
 *       keys or two runs, so this gives exactly the single-machine incidents.
 * </ul>
 *
 * <p>Each executor JVM builds one parser, lazily ({@link ExecutorParser}).
 *
 * <pre>{@code
 * spark-submit --class io.github.rasd.spark.RasdSparkJob rasd-spark-0.1.0-SNAPSHOT-job.jar \
 *     --input articles.jsonl --output out/ --fuse
 * }</pre>
 *
 * @since 0.2.0
 */
public final class RasdSparkJob {

  /** The columns of an article, as the batch contract of the CLI names them. */
  public static final StructType ARTICLE_SCHEMA = new StructType(new StructField[] {
      DataTypes.createStructField("id", DataTypes.StringType, true),
      DataTypes.createStructField("text", DataTypes.StringType, true),
      DataTypes.createStructField("published", DataTypes.StringType, true),
      DataTypes.createStructField("url", DataTypes.StringType, true),
      DataTypes.createStructField("outlet", DataTypes.StringType, true),
      DataTypes.createStructField("title", DataTypes.StringType, true)});

  /** The columns of the events' Parquet: those of the incident CSV, all strings. */
  public static final StructType EVENT_SCHEMA = new StructType(IncidentCsv.COLUMNS.stream()
      .map(c -> DataTypes.createStructField(c, DataTypes.StringType, false))
      .toArray(StructField[]::new));

  /** What to read and write. */
  public record Options(String input, String inputFormat, String output, String format,
      boolean fuse) {
    /** The options of {@code args}: {@code --input P --output D [--input-format jsonl|parquet]
     *  [--format jsonl|parquet] [--fuse]}. */
    public static Options parse(String... args) {
      String input = null;
      String output = null;
      String inputFormat = null;
      String format = "jsonl";
      boolean fuse = false;
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--input" -> input = value(args, ++i);
          case "--output" -> output = value(args, ++i);
          case "--input-format" -> inputFormat = format(value(args, ++i));
          case "--format" -> format = format(value(args, ++i));
          case "--fuse" -> fuse = true;
          default -> throw new IllegalArgumentException("unknown argument " + args[i] + "; usage: "
              + "--input PATH --output DIR [--input-format jsonl|parquet] [--format jsonl|parquet]"
              + " [--fuse]");
        }
      }
      if (input == null || output == null) {
        throw new IllegalArgumentException("--input and --output are required");
      }
      if (inputFormat == null) {
        inputFormat = input.endsWith(".parquet") ? "parquet" : "jsonl";
      }
      return new Options(input, inputFormat, output, format, fuse);
    }

    private static String value(String[] args, int i) {
      if (i >= args.length) {
        throw new IllegalArgumentException(args[i - 1] + " needs a value");
      }
      return args[i];
    }

    private static String format(String f) {
      if (!f.equals("jsonl") && !f.equals("parquet")) {
        throw new IllegalArgumentException("format must be jsonl or parquet, not " + f);
      }
      return f;
    }
  }

  private RasdSparkJob() {}

  /** Runs the job with the session of {@code spark-submit}. */
  public static void main(String[] args) {
    Options options = Options.parse(args);
    SparkSession spark = SparkSession.builder().appName("rasd").getOrCreate();
    try {
      run(spark, options);
    } finally {
      spark.stop();
    }
  }

  /** Runs the job in {@code spark}. */
  public static void run(SparkSession spark, Options o) {
    Dataset<Row> articles = o.inputFormat().equals("parquet")
        ? spark.read().parquet(o.input()).selectExpr("CAST(id AS STRING) id", "text",
            "CAST(published AS STRING) published", "url", "outlet", "title")
        : spark.read().schema(ARTICLE_SCHEMA).json(o.input());
    Dataset<String> analyses = articles.map(
        (MapFunction<Row, String>) RasdSparkJob::extract, Encoders.STRING());
    analyses.cache();
    if (o.format().equals("parquet")) {
      analyses.map((MapFunction<String, Tuple2<String, String>>) a -> new Tuple2<>(
              RasdJson.newMapper().readTree(a).path("article").path("id").asText(), a),
              Encoders.tuple(Encoders.STRING(), Encoders.STRING()))
          .toDF("id", "analysis").write().mode(SaveMode.Overwrite)
          .parquet(o.output() + "/analyses");
    } else {
      analyses.write().mode(SaveMode.Overwrite).text(o.output() + "/analyses");
    }
    Dataset<SourceEventLine> events = analyses.flatMap(
        (FlatMapFunction<String, SourceEventLine>) RasdSparkJob::sourceEvents,
        Encoders.bean(SourceEventLine.class));
    events.cache();
    events.map((MapFunction<SourceEventLine, Row>) e -> RowFactory.create(
            IncidentCsv.eventRow(e.event()).toArray()), ExpressionEncoder.apply(EVENT_SCHEMA))
        .write().mode(SaveMode.Overwrite).parquet(o.output() + "/events");
    if (o.fuse()) {
      // the shuffle: all events of one blocking key in one partition, sorted by window, fused
      // run by run; incidents never span two keys or two runs, so this is the single-machine result
      events.repartition(col("key")).sortWithinPartitions(col("key"), col("start"), col("eventKey"))
          .mapPartitions((MapPartitionsFunction<SourceEventLine, String>) RunFusion::new,
              Encoders.STRING())
          .write().mode(SaveMode.Overwrite).text(o.output() + "/incidents");
    }
    events.unpersist();
    analyses.unpersist();
  }

  /** The analysis of one article row as one JSON line, or an error record. */
  static String extract(Row row) {
    String id = row.getAs("id");
    String text = row.getAs("text");
    if (id == null || text == null) {
      return error(id, "missing field '" + (id == null ? "id" : "text") + "'");
    }
    ImmutableArticle.Builder a = ImmutableArticle.builder().id(id).text(text);
    String published = row.getAs("published");
    if (published != null && !published.isEmpty()) {
      try {
        a.published(LocalDate.parse(published.substring(0, Math.min(10, published.length()))));
      } catch (DateTimeParseException e) {
        return error(id, "field 'published': not a date YYYY-MM-DD: " + published);
      }
    }
    optional(row, "url", a::url);
    optional(row, "outlet", a::outlet);
    optional(row, "title", a::title);
    try {
      return ExecutorParser.analysisJson(a.build());
    } catch (RuntimeException e) {
      return error(id, e.getMessage());
    }
  }

  private static void optional(Row row, String field, java.util.function.Consumer<String> sink) {
    String v = row.getAs(field);
    if (v != null && !v.isEmpty()) {
      sink.accept(v);
    }
  }

  private static String error(String id, String message) {
    ObjectNode node = RasdJson.newMapper().createObjectNode();
    node.put("id", id);
    node.put("error", message);
    return RasdJson.write(node);
  }

  /** The source events of one analysis line (none for an error record). */
  static Iterator<SourceEventLine> sourceEvents(String analysisLine) {
    try {
      AnalysisLines.Result r = AnalysisLines.read(new BufferedReader(new StringReader(analysisLine)));
      List<SourceEventLine> out = new ArrayList<>();
      for (SourceEvent e : r.events()) {
        out.add(SourceEventLine.of(e));
      }
      return out.iterator();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
