/**
 * Reading articles from where they are kept: {@link io.github.rasd.parsers.io.ArticleFiles}
 * reads the article-file format (a header of {@code key: value} lines, a line {@code ---}, then
 * the body, or plain text), {@link io.github.rasd.parsers.io.JsonLinesReader} a JSON Lines
 * stream of articles, one per line, each bad line reported on its own.
 *
 * <p>Both read UTF-8 themselves, whatever the platform's default charset or locale.
 *
 * @since 0.1.0
 */
package io.github.rasd.parsers.io;
