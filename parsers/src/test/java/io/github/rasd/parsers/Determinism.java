package io.github.rasd.parsers;

import io.github.rasd.json.RasdJson;
import io.github.rasd.model.Article;
import io.github.rasd.model.ImmutableArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The articles of the determinism test and the digest of their JSON; its {@code main} prints the
 * digest, so that a second JVM (other heap, garbage collector, locale, time zone and default
 * charset) can be compared with the test's own.
 */
final class Determinism {

  private Determinism() {}

  /** The fixture articles, the long one made of them all, and texts of every odd shape. */
  static List<Article> articles() {
    List<Article> out = new ArrayList<>();
    StringBuilder all = new StringBuilder();
    try {
      Path dir = Path.of(Determinism.class.getResource("/fixtures").toURI());
      try (Stream<Path> files = Files.list(dir)) {
        for (Path txt : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          String raw = Files.readString(txt, StandardCharsets.UTF_8);
          String body = raw.substring(raw.indexOf("\n---\n") + 5);
          out.add(ImmutableArticle.builder().id(txt.getFileName().toString()).text(body)
              .published(LocalDate.of(2024, 3, 12)).build());
          all.append(body).append("\n\n");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    out.add(Article.of("odd", "قتل \uD800جنديان\u200F في هجوم «أمس قرب حلب\u0007 (ISIS) ۴ ١٢ مليون"));
    String longText = all.toString().repeat(ArticleWindows.WINDOW_LENGTH / all.length() + 1); // two windows
    out.add(ImmutableArticle.builder().id("long").text(longText).published(LocalDate.of(2024, 3, 12)).build());
    return out;
  }

  /** The SHA-256 of the JSON of every analysis, each as its UTF-8 bytes, in order. */
  static String digest(List<String> jsons) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String json : jsons) {
        sha.update(json.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<String> jsons(List<Article> articles) {
    return articles.stream().map(a -> RasdJson.write(ArticleParser.standard().parse(a))).toList();
  }

  /** Prints the digest of the articles' JSON; with {@code big}, parses a 5 MB article first. */
  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("big")) {
      String body = String.join("\n\n", articles().stream().limit(10).map(Article::text).toList());
      String big = body.repeat(5 * 1024 * 1024 / body.length() + 1).substring(0, 5 * 1024 * 1024);
      ArticleParser.standard().parse(Article.of("big", big));
      System.out.println("big ok");
    }
    System.out.println(digest(jsons(articles())));
  }
}
