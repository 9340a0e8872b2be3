package io.github.rasd.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rasd.model.Analysis;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report as a real browser reads it: headless Chromium (Debian's {@code chromium},
 * which {@code .ci/run} installs) dumps the DOM it built from the report of the bundled example
 * articles, and takes a screenshot of the first article's report.
 *
 * <p>Without Chromium the test is skipped, unless the environment sets
 * {@code RASD_BROWSER_REQUIRED=true} (as {@code .ci/run} does) or the JVM
 * {@code -Drasd.browser.required=true}, when it fails. The screenshot is kept as
 * {@code target/report.png} to look at.
 */
class HtmlReportBrowserTest {

  /** Where Debian installs Chromium; {@code -Drasd.chromium=PATH} names another. */
  static final Path CHROMIUM = Path.of(System.getProperty("rasd.chromium", "/usr/bin/chromium"));
  /** A guard against a browser that hangs, not a measure of speed. */
  static final long BROWSER_TIMEOUT_SECONDS = 300;

  @TempDir static Path dir;

  @BeforeAll
  static void needsChromium() {
    boolean present = Files.isExecutable(CHROMIUM);
    if (Boolean.getBoolean("rasd.browser.required")
        || "true".equalsIgnoreCase(System.getenv("RASD_BROWSER_REQUIRED"))) {
      assertThat(present).as(CHROMIUM + " (apt-get install -y chromium)").isTrue();
    }
    Assumptions.assumeTrue(present, "no " + CHROMIUM + ": the browser test is skipped");
  }

  /** Runs Chromium headless on {@code page} with {@code args}; returns its standard output. */
  static String chromium(Path page, String... args) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(dir, "profile");
    List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
        "--user-data-dir=" + profile));
    cmd.addAll(List.of(args));
    cmd.add(page.toUri().toString());
    Path stdout = Files.createTempFile(dir, "out", ".txt");
    Path stderr = Files.createTempFile(dir, "err", ".txt");
    Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    if (!p.waitFor(BROWSER_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish: " + Files.readString(stderr));
    }
    assertThat(p.exitValue()).as("chromium exit status; stderr: " + Files.readString(stderr)).isZero();
    return Files.readString(stdout, StandardCharsets.UTF_8);
  }

  @Test
  void theDomHasEveryHighlightAndEveryLinkResolves() throws Exception {
    List<Analysis> examples = Fixtures.examples();
    Path page = dir.resolve("examples.html");
    Exports.write(ExportFormat.HTML, examples, dir.resolve("batch"));
    Files.move(dir.resolve("batch/report.html"), page);
    String dom = chromium(page, "--dump-dom");
    assertThat(dom).contains("<html lang=\"ar\" dir=\"rtl\">").contains("</body>");
    Map<String, Integer> expected = new HashMap<>();
    for (Analysis a : examples) {
      Fixtures.expectedHighlights(a).forEach((k, n) -> expected.merge(k, n, Integer::sum));
    }
    assertThat(HtmlReportTest.kinds(dom)).isEqualTo(expected);
    assertThat(expected.values().stream().mapToInt(Integer::intValue).sum()).isPositive();
    int links = HtmlReportTest.checkLinks(dom);
    assertThat(links).isGreaterThanOrEqualTo(examples.stream()
        .mapToInt(a -> a.events().size() + a.forceEstimates().size() + a.claims().size()).sum());
    assertThat(dom.split("<svg", -1)).hasSize(2 * examples.size() + 1);
  }

  @Test
  void aScreenshotIsTaken() throws Exception {
    Path page = dir.resolve("first.html");
    Files.writeString(page, Exports.toString(ExportFormat.HTML, Fixtures.examples().get(0)));
    Path png = dir.resolve("report.png");
    chromium(page, "--screenshot=" + png, "--window-size=1100,1500", "--hide-scrollbars");
    assertThat(png).exists();
    byte[] bytes = Files.readAllBytes(png);
    assertThat(bytes.length).isGreaterThan(10_000);
    assertThat(new String(bytes, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    Path kept = Path.of("target", "report.png");
    Files.createDirectories(kept.getParent());
    Files.copy(png, kept, StandardCopyOption.REPLACE_EXISTING);
  }
}
