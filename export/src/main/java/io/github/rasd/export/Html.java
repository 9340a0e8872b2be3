package io.github.rasd.export;

/** HTML escaping of text and attribute values. */
final class Html {

  private Html() {}

  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    escape(out, s, 0, s.length());
    return out.toString();
  }

  static void escape(StringBuilder out, String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        default -> out.append(c);
      }
    }
  }

  static void escapeAttr(StringBuilder out, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\n' -> out.append("&#10;");
        default -> out.append(c);
      }
    }
  }

  static String attr(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    escapeAttr(out, s);
    return out.toString();
  }
}
