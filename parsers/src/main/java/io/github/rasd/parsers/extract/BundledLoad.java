package io.github.rasd.parsers.extract;

import io.github.rasd.parsers.knowledge.Gazetteer;
import io.github.rasd.parsers.text.Tokenizer;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Reads the bundled data of the standard extractor on two threads: the knowledge base and its
 * gazetteer (the largest load: names, places, their trie) on a loader thread, the extractors'
 * lexicons ({@link Lexicons}, {@link ForceLexicon}) and what is built on them alone ({@link
 * Extractor.Lexical}: the event and force extractors) meanwhile on the caller's. A command-line
 * run of one article then waits on two cores for the longer load, not for both.
 *
 * <p>Why the two cannot wait on each other: the knowledge package reads no class of this package,
 * and the lexicons and the extractors built on them initialise no loading class of the knowledge
 * package (they name its enums and records only), so neither thread initialises a class the
 * other one needs; the text layer they both read ({@link Tokenizer#standard()}: normalizer,
 * segmenter, word forms) is built first, on the caller's thread, before the loader starts. What is
 * built is the same as one thread builds: every table is immutable and its content independent of
 * the order of the loads.
 */
final class BundledLoad {

  private BundledLoad() {}

  /** The extractor over {@link Gazetteer#bundled()}, the two loads overlapped. */
  static Extractor extractor() {
    Tokenizer.standard(); // the shared text layer, before a second thread reads it
    FutureTask<Gazetteer> knowledge = new FutureTask<>(Gazetteer::bundled);
    Thread loader = new Thread(knowledge, "rasd-knowledge-loader");
    loader.setDaemon(true);
    loader.start();
    Extractor.Lexical lexical = Extractor.Lexical.bundled();
    Gazetteer gazetteer;
    try {
      gazetteer = knowledge.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      gazetteer = Gazetteer.bundled(); // read it here: the holder finishes or redoes the load
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r; // a bad bundled file: the loader's KnowledgeDataException, file and line
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
    return Extractor.of(gazetteer, lexical);
  }
}
