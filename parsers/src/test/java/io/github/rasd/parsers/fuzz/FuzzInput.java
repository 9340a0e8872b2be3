package io.github.rasd.parsers.fuzz;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the fuzzer's bytes into text that looks enough like Arabic news to reach deep into the
 * parsers: a byte below the number of pieces of {@value #PIECES_RESOURCE} picks that piece
 * (a letter, a mark, a control, a quote, a word of the press), any other byte takes the two
 * bytes after it as one raw UTF-16 unit (every unit is reachable: NUL, lone surrogates). The
 * mapping is fixed, so the kept corpus replays to the same texts in every build.
 */
public final class FuzzInput {

  /** The pieces, one per line; see the file's header. */
  public static final String PIECES_RESOURCE = "fuzz-pieces.txt";

  private static final List<String> PIECES = load();

  private FuzzInput() {}

  /** The text {@code data} stands for. */
  public static String text(byte[] data) {
    return text(data, 0);
  }

  /** The text {@code data} stands for, from byte {@code from} on. */
  public static String text(byte[] data, int from) {
    StringBuilder b = new StringBuilder(data.length * 3);
    int i = from;
    while (i < data.length) {
      int v = data[i++] & 0xFF;
      if (v < PIECES.size()) {
        b.append(PIECES.get(v));
      } else if (i + 1 < data.length) {
        b.append((char) (((data[i] & 0xFF) << 8) | (data[i + 1] & 0xFF)));
        i += 2;
      } else {
        break;
      }
    }
    return b.toString();
  }

  /** How many pieces there are (the bytes below it pick a piece). */
  public static int pieces() {
    return PIECES.size();
  }

  private static List<String> load() {
    InputStream in = FuzzInput.class.getResourceAsStream(PIECES_RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing test resource " + PIECES_RESOURCE);
    }
    List<String> pieces = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = r.readLine()) != null) {
        number++;
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        pieces.add(unescape(line, number));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (pieces.size() > 250) {
      throw new IllegalStateException(PIECES_RESOURCE + ": at most 250 pieces, found " + pieces.size());
    }
    return List.copyOf(pieces);
  }

  private static String unescape(String line, int number) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c != '\\') {
        b.append(c);
        continue;
      }
      if (i + 1 >= line.length()) {
        throw new IllegalStateException(PIECES_RESOURCE + ":" + number + ": lone backslash");
      }
      char e = line.charAt(++i);
      switch (e) {
        case 'n' -> b.append('\n');
        case 'r' -> b.append('\r');
        case 't' -> b.append('\t');
        case 's' -> b.append(' ');
        case '\\' -> b.append('\\');
        case 'u' -> {
          b.append((char) Integer.parseInt(line.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> throw new IllegalStateException(PIECES_RESOURCE + ":" + number + ": unknown escape " + e);
      }
    }
    return b.toString();
  }
}
