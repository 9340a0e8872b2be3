package io.github.rasd.parsers.knowledge;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The test knowledge base: the bundled data plus the fixture files of src/test/resources. */
final class Fixtures {

  private Fixtures() {}

  static Path file(String name) {
    try {
      return Path.of(Fixtures.class.getResource("fixture/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("missing test fixture " + name, e);
    }
  }

  private static final class Holder {
    static final KnowledgeBase KB = KnowledgeBase.builder()
        .withBundledData()
        .addGroups(file("groups.txt"))
        .addOrganizations(file("organizations.txt"))
        .addOutlets(file("outlets.txt"))
        .build();
    static final Gazetteer GAZETTEER = Gazetteer.of(KB);
  }

  static KnowledgeBase knowledge() {
    return Holder.KB;
  }

  static Gazetteer gazetteer() {
    return Holder.GAZETTEER;
  }
}
