package io.github.rasd.spark;

import io.github.rasd.json.RasdJson;
import io.github.rasd.model.Article;
import io.github.rasd.parsers.ArticleParser;

/**
 * The one {@link ArticleParser} of an executor JVM, built on first use by a lazy holder: tasks
 * reference this class, never a parser instance, so no parser is ever serialized with a task or
 * a record, and its tables load once per JVM however many partitions run there. The parser is
 * immutable and thread-safe, so the executor's task threads share it.
 */
final class ExecutorParser {

  private ExecutorParser() {}

  private static final class Holder {
    static final ArticleParser PARSER = ArticleParser.standard();
  }

  /** The analysis of {@code article} as one line of JSON, as {@code rasd extract --jsonl}. */
  static String analysisJson(Article article) {
    return RasdJson.write(Holder.PARSER.parse(article));
  }
}
