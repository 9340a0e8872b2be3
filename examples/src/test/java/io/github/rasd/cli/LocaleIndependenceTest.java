package io.github.rasd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code rasd} command in a JVM started under {@code LC_ALL=C} with
 * {@code -Dfile.encoding=ISO-8859-1}, a common server and container default: arguments are read,
 * and output written, as UTF-8 all the same. The Arabic argument goes through a file and
 * {@code bash}, so that this JVM's own locale cannot spoil it on the way.
 */
class LocaleIndependenceTest {

  @TempDir Path dir;

  private record Result(int status, String out, String err) {}

  private Result rasdUnderCLocale(byte[] stdin, String... args) throws IOException, InterruptedException {
    Path argFile = dir.resolve("args");
    Files.writeString(argFile, String.join("\n", args), StandardCharsets.UTF_8);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // each line of the file becomes one argument, passed as raw bytes by bash
    String script = "mapfile -t a < \"$1\"; exec \"$2\" -Dfile.encoding=ISO-8859-1 -Xss8m"
        + " -cp \"$3\" io.github.rasd.cli.RasdCommand \"${a[@]}\"";
    List<String> command = new ArrayList<>(List.of("bash", "-c", script, "rasd", argFile.toString(),
        java, System.getProperty("java.class.path")));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("LC_ALL", "C");
    pb.environment().put("LANG", "C");
    pb.environment().remove("JAVA_TOOL_OPTIONS");
    Process p = pb.start();
    p.getOutputStream().write(stdin);
    p.getOutputStream().close();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Thread errReader = new Thread(() -> copy(p.getErrorStream(), err));
    errReader.start();
    byte[] out = p.getInputStream().readAllBytes();
    p.waitFor(120, TimeUnit.SECONDS);
    errReader.join();
    return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  private static void copy(InputStream in, ByteArrayOutputStream out) {
    try {
      in.transferTo(out);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void fileModePrintsArabicAsUtf8() throws Exception {
    Path article = dir.resolve("article.txt");
    // "Two soldiers were killed in an attack near the town of Kasserine"
    Files.writeString(article, "قتل جنديان في هجوم قرب مدينة القصرين.", StandardCharsets.UTF_8);
    Result r = rasdUnderCLocale(new byte[0], "extract", "--compact", article.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"text\":\"قتل جنديان في هجوم قرب مدينة القصرين.\"")
        .doesNotContain("?????");
  }

  @Test
  void lookupReadsItsArabicArgumentAndFindsTheEntry() throws Exception {
    Result r = rasdUnderCLocale(new byte[0], "lookup", "بالقصرين");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"name\":\"ولاية القصرين\"").contains("TN");
  }

  @Test
  void parseReadsAndWritesUtf8() throws Exception {
    Result r = rasdUnderCLocale("قتل أكثر من 20 شخصا\n".getBytes(StandardCharsets.UTF_8),
        "parse", "numbers");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"input\":\"قتل أكثر من 20 شخصا\"").contains("\"min\":21");
  }

  @Test
  void aFileTheLocaleCannotNameIsAClearError() throws Exception {
    Result r = rasdUnderCLocale(new byte[0], "extract", dir.resolve("مقال.txt").toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("مقال.txt").contains("LC_ALL=C.UTF-8");
  }
}
