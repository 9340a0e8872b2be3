package io.github.rasd.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Command-line arguments as UTF-8, whatever the locale. The JVM decodes {@code argv} with the
 * locale's charset ({@code sun.jnu.encoding}); under {@code LC_ALL=C} that is ASCII and every
 * Arabic letter becomes {@code ?} or U+FFFD before {@code main} sees it, so that
 * {@code rasd lookup بالقصرين} would look up {@code ????????}. On Linux the raw bytes are still in
 * {@code /proc/self/cmdline}: the last {@code args.length} of them are the arguments, decoded
 * here as UTF-8. Elsewhere, or when the two disagree on an ASCII argument, the arguments are
 * kept as the JVM gave them.
 */
final class Utf8Args {

  private static final Path CMDLINE = Path.of("/proc/self/cmdline");

  private Utf8Args() {}

  /** The arguments decoded as UTF-8 when the JVM decoded them otherwise. */
  static String[] recover(String[] args) {
    String jnu = System.getProperty("sun.jnu.encoding", "UTF-8");
    if (args.length == 0 || !Charset.isSupported(jnu)
        || Charset.forName(jnu).equals(StandardCharsets.UTF_8)) {
      return args;
    }
    try {
      return fromCmdline(Files.readAllBytes(CMDLINE), args, Charset.forName(jnu));
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return args;
    }
  }

  /**
   * The last {@code args.length} NUL-terminated strings of {@code cmdline} decoded as UTF-8,
   * provided that each, decoded as the JVM did ({@code jvmCharset}), is the argument the JVM
   * gave: else they are not the same arguments (an @argfile, a launcher that rewrote them).
   */
  static String[] fromCmdline(byte[] cmdline, String[] args, Charset jvmCharset) {
    List<byte[]> all = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= cmdline.length; i++) {
      if (i == cmdline.length ? i > start : cmdline[i] == 0) {
        all.add(Arrays.copyOfRange(cmdline, start, i));
        start = i + 1;
      }
    }
    if (all.size() < args.length) {
      return args;
    }
    List<byte[]> tail = all.subList(all.size() - args.length, all.size());
    String[] out = new String[args.length];
    for (int i = 0; i < args.length; i++) {
      if (!new String(tail.get(i), jvmCharset).equals(args[i])) {
        return args;
      }
      out[i] = new String(tail.get(i), StandardCharsets.UTF_8);
    }
    return out;
  }
}
