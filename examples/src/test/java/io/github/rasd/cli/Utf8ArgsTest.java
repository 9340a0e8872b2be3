package io.github.rasd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Arguments read again from the process's raw bytes when the JVM decoded them as ASCII. */
class Utf8ArgsTest {

  private static final Charset ASCII = StandardCharsets.US_ASCII;

  private static byte[] cmdline(String... parts) {
    return (String.join("\0", parts) + "\0").getBytes(StandardCharsets.UTF_8);
  }

  /** What the JVM makes of an argument under LC_ALL=C. */
  private static String asJvm(String arg) {
    return new String(arg.getBytes(StandardCharsets.UTF_8), ASCII);
  }

  @Test
  void arabicArgumentsAreRecoveredFromTheRawBytes() {
    byte[] raw = cmdline("java", "-jar", "rasd.jar", "lookup", "بالقصرين");
    String[] jvm = {"lookup", asJvm("بالقصرين")};
    assertThat(Utf8Args.fromCmdline(raw, jvm, ASCII)).containsExactly("lookup", "بالقصرين");
  }

  @Test
  void argumentsThatDoNotMatchAreKeptAsTheJvmGaveThem() {
    // an @argfile or a launcher that rewrote the arguments: the tail is not what main received
    byte[] raw = cmdline("java", "@args.txt");
    String[] jvm = {"lookup", asJvm("داعش")};
    assertThat(Utf8Args.fromCmdline(raw, jvm, ASCII)).isSameAs(jvm);
    byte[] other = cmdline("java", "-jar", "rasd.jar", "extract", "داعش");
    assertThat(Utf8Args.fromCmdline(other, jvm, ASCII)).isSameAs(jvm);
  }

  @Test
  void emptyArgumentsSurvive() {
    byte[] raw = cmdline("java", "-jar", "rasd.jar", "lookup", "", "الموصل");
    String[] jvm = {"lookup", "", asJvm("الموصل")};
    assertThat(Utf8Args.fromCmdline(raw, jvm, ASCII)).containsExactly("lookup", "", "الموصل");
  }
}
