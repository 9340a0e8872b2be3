package io.github.rasd.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.rasd.json.RasdJson;
import io.github.rasd.parsers.ArticleParser;
import io.github.rasd.parsers.io.ArticleFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project README says what is true: its sample output is the real output abridged (written
 * here, so it cannot drift: run with {@code -Drasd.readme.update=true} to rewrite it), its
 * library program compiles and runs, its testing example is the real example test, every file
 * it names exists, and it gives the run line of every example program.
 */
class ReadmeTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path README = ROOT.resolve("README.md");
  private static final Path SAMPLE_ARTICLE = ROOT.resolve("examples/articles/01-tunisia-kasserine-clash.txt");
  private static final String SAMPLE_BEGIN = "<!-- sample-output:begin";
  private static final String SAMPLE_END = "<!-- sample-output:end -->";
  /** Longest claim content shown in the sample; longer ones end with "…". */
  private static final int SAMPLE_CONTENT_CHARS = 48;
  private static final ObjectMapper JSON = RasdJson.newMapper();

  @TempDir Path dir;

  private static String readme() throws IOException {
    return Files.readString(README, StandardCharsets.UTF_8);
  }

  /** The fenced block between {@code begin} and the next {@code end} marker, without fences. */
  private static String block(String readme, String begin, String end) {
    int from = readme.indexOf(begin);
    assertThat(from).as("README marker %s", begin).isNotNegative();
    int open = readme.indexOf("```", from);
    int bodyStart = readme.indexOf('\n', open) + 1;
    int close = readme.indexOf("```", bodyStart);
    assertThat(readme.indexOf(end, from)).isGreaterThan(close);
    return readme.substring(bodyStart, close);
  }

  // ---------------------------------------------------------------- the sample output

  @Test
  void sampleOutputIsTheRealOutputAbridged() throws IOException {
    String expected = sample() + "\n";
    String readme = readme();
    if (Boolean.getBoolean("rasd.readme.update")) {
      int from = readme.indexOf(SAMPLE_BEGIN);
      int open = readme.indexOf("```json", from);
      int close = readme.indexOf("```", readme.indexOf('\n', open) + 1);
      readme = readme.substring(0, readme.indexOf('\n', open) + 1) + expected + readme.substring(close);
      Files.writeString(README, readme, StandardCharsets.UTF_8);
    }
    assertThat(block(readme(), SAMPLE_BEGIN, SAMPLE_END))
        .as("README sample output (rerun with -Drasd.readme.update=true to rewrite it)")
        .isEqualTo(expected);
  }

  /** The analysis of the sample article as `rasd extract` prints it, abridged. */
  private static String sample() throws IOException {
    JsonNode full = JSON.readTree(RasdJson.write(ArticleParser.standard()
        .parse(ArticleFiles.read(SAMPLE_ARTICLE))));
    ObjectNode out = JSON.createObjectNode();
    out.set("schemaVersion", full.get("schemaVersion"));
    out.set("article", pick(full.get("article"), "id", "published"));
    first(out, full, "groups", "id", "canonicalId", "name", "nameEn", "kind",
        "allegianceCanonicalIds");
    first(out, full, "persons", "id", "name", "roles", "titles");
    first(out, full, "places", "id", "name", "nameEn", "kind", "countryCode");
    first(out, full, "events", "id", "type", "status", "date", "placeIds", "killed", "killedRange", "injured",
        "trigger", "claimIds");
    first(out, full, "forceEstimates", "id", "groupId", "count", "unit", "claimIds");
    first(out, full, "claims", "id", "kind", "cue", "speaker", "channel", "content");
    for (JsonNode n : out.withArray("events")) {
      for (String count : List.of("killed", "injured")) {
        if (n.get(count).isObject()) {
          ((ObjectNode) n).set(count, pick(n.get(count), "min", "max", "approximate", "text"));
        }
      }
    }
    for (JsonNode n : out.withArray("forceEstimates")) {
      ((ObjectNode) n).set("count", pick(n.get("count"), "min", "max", "approximate", "qualifier", "text"));
    }
    for (JsonNode n : out.withArray("claims")) {
      ObjectNode c = (ObjectNode) n;
      c.set("speaker", pick(c.get("speaker"), "text", "kind", "personId", "role"));
      if (c.get("channel").isObject()) {
        c.set("channel", pick(c.get("channel"), "text"));
      }
      ObjectNode content = (ObjectNode) c.get("content");
      String text = content.get("text").asText();
      if (text.length() > SAMPLE_CONTENT_CHARS) {
        content.put("text", text.substring(0, SAMPLE_CONTENT_CHARS) + "…");
      }
    }
    return RasdJson.writePretty(out);
  }

  private static void first(ObjectNode out, JsonNode full, String kind, String... fields) {
    ArrayNode list = out.putArray(kind);
    if (!full.get(kind).isEmpty()) {
      list.add(pick(full.get(kind).get(0), fields));
    }
  }

  private static ObjectNode pick(JsonNode node, String... fields) {
    ObjectNode out = JSON.createObjectNode();
    for (String f : fields) {
      out.set(f, node.get(f));
    }
    return out;
  }

  // ---------------------------------------------------------------- the library program

  @Test
  void libraryProgramCompilesAndRunsAsWritten() throws Exception {
    String source = block(readme(), "<!-- library-example:begin -->", "<!-- library-example:end -->");
    Path file = dir.resolve("Example.java");
    Files.writeString(file, source, StandardCharsets.UTF_8);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int status = javac.run(null, diagnostics, diagnostics, "-encoding", "UTF-8", "-cp",
        System.getProperty("java.class.path"), "-d", dir.toString(), file.toString());
    assertThat(status).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();
    PrintStream stdout = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
        ReadmeTest.class.getClassLoader())) {
      Method main = loader.loadClass("Example").getMethod("main", String[].class);
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      main.invoke(null, (Object) new String[] {SAMPLE_ARTICLE.toString()});
    } finally {
      System.setOut(stdout);
    }
    String out = printed.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("ATTACK").contains("\"id\":\"01-tunisia-kasserine-clash\"");
  }

  // ---------------------------------------------------------------- the testing example

  @Test
  void testingExampleIsTheRealExampleTest() throws IOException {
    String shown = block(readme(), "<!-- testing-example:begin -->", "<!-- testing-example:end -->");
    String real = Files.readString(ROOT.resolve(
        "testing/src/test/java/io/github/rasd/testing/ExampleAnalysisTest.java"), StandardCharsets.UTF_8);
    assertThat(normalize(real)).contains(normalize(shown.substring(shown.indexOf("class "))));
    for (String line : shown.lines().filter(l -> l.startsWith("import ")).toList()) {
      assertThat(real).contains(line);
    }
  }

  /** The class body without its javadoc, blank lines and indentation differences. */
  private static String normalize(String java) {
    return java.replaceAll("(?s)/\\*\\*.*?\\*/", "").replaceAll("\\n\\s*\\n", "\n").strip();
  }

  // ---------------------------------------------------------------- files and programs

  /**
   * A path in backquotes: a file with an extension or a folder ending in a slash (rule names
   * such as {@code places/noun-name} have neither).
   */
  private static final Pattern PATH = Pattern.compile(
      "`((?:\\.\\./)?[A-Za-z0-9_-]+/(?:[A-Za-z0-9_.-]+/)*(?:[A-Za-z0-9_-]+\\.[a-z]+)?)`");

  /** Where a path may be relative to: the root, the document, the parsers' code and data. */
  private static final List<Path> BASES = List.of(ROOT,
      ROOT.resolve("parsers/src/main/resources/io/github/rasd/parsers"),
      ROOT.resolve("parsers/src/main/java/io/github/rasd/parsers"));

  @Test
  void everyFileTheReadmeAndTheScriptNameExists() throws IOException {
    List<String> missing = new ArrayList<>();
    for (Path doc : List.of(README, ROOT.resolve("rasd"),
        ROOT.resolve("parsers/src/main/resources/io/github/rasd/parsers/knowledge/README.md"))) {
      String text = Files.readString(doc, StandardCharsets.UTF_8);
      Matcher m = PATH.matcher(text);
      while (m.find()) {
        check(m.group(1), doc, missing);
      }
      Matcher plain = Pattern.compile("(examples/articles/[A-Za-z0-9_.-]+\\.txt)").matcher(text);
      while (plain.find()) {
        check(plain.group(1), doc, missing);
      }
      Matcher md = Pattern.compile("`([A-Z][A-Z_-]+\\.md)`").matcher(text);
      while (md.find()) {
        if (!md.group(1).equals("FORMAT.md") && !existsSomewhere(md.group(1))) {
          missing.add(doc.getFileName() + ": " + md.group(1));
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  private static void check(String path, Path doc, List<String> missing) {
    if (path.startsWith("../shared/") || path.contains("…") || path.startsWith("io/github/")) {
      return; // the evaluation kit beside the project; abridged paths; classpath resources
    }
    if (BASES.stream().noneMatch(b -> Files.exists(b.resolve(path)))
        && !Files.exists(doc.getParent().resolve(path))) {
      missing.add(doc.getFileName() + ": " + path);
    }
  }

  private static boolean existsSomewhere(String name) throws IOException {
    try (Stream<Path> files = Files.walk(ROOT)) {
      return files.filter(p -> !p.toString().contains("/target/"))
          .anyMatch(p -> p.getFileName().toString().equals(name));
    }
  }

  @Test
  void everyExampleProgramHasItsRunLine() throws IOException {
    String readme = readme();
    try (Stream<Path> files = Files.list(ROOT.resolve("examples/src/main/java/io/github/rasd/examples"))) {
      for (Path f : files.filter(p -> !p.endsWith("package-info.java")).toList()) {
        String name = f.getFileName().toString().replace(".java", "");
        assertThat(readme).contains("-cli.jar io.github.rasd.examples." + name);
      }
    }
  }
}
