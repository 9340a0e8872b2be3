package io.github.rasd.parsers.knowledge;

/**
 * Prints the time to load the bundled knowledge and build the gazetteer, and the heap they
 * retain. Not a test: run with
 * {@code java -cp <test classpath> io.github.rasd.parsers.knowledge.KnowledgeFootprint}.
 */
public final class KnowledgeFootprint {

  private KnowledgeFootprint() {}

  /**
   * Entry point.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Runtime rt = Runtime.getRuntime();
    gc();
    long before = rt.totalMemory() - rt.freeMemory();
    long t0 = System.nanoTime();
    KnowledgeBase kb = KnowledgeBase.bundled();
    long t1 = System.nanoTime();
    Gazetteer g = Gazetteer.bundled();
    long t2 = System.nanoTime();
    gc();
    long after = rt.totalMemory() - rt.freeMemory();
    System.out.printf("entries: %d (places %d, groups %d, organizations %d, titles %d, nationalities %d)%n",
        kb.entries().size(), kb.places().size(), kb.groups().size(), kb.organizations().size(),
        kb.titles().size(), kb.nationalities().size());
    System.out.printf("load KnowledgeBase: %d ms, build Gazetteer: %d ms, total %d ms%n",
        (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t2 - t0) / 1_000_000);
    System.out.printf("heap retained: %.1f MB%n", (after - before) / 1e6);
    System.out.println(g.find("قتل جنديان في هجوم بالقصرين").size() + " match(es) in a sample");
  }

  private static void gc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
