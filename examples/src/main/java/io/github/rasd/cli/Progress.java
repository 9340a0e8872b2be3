package io.github.rasd.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The progress bar of a batch on stderr (articles done, rate, ETA when the total is known),
 * drawn by {@code me.tongfei:progressbar}, and only when stderr is a terminal: redirected to a
 * file or a pipe, it prints nothing.
 */
final class Progress implements AutoCloseable {

  /**
   * Set by the {@code rasd} script: {@code 1} when its stderr is a terminal ({@code [ -t 2 ]}),
   * {@code 0} when not. Java has no portable test of one stream.
   */
  static final String TERMINAL_ENV = "RASD_STDERR_TERMINAL";

  private final ProgressBar bar;

  private Progress(ProgressBar bar) {
    this.bar = bar;
  }

  /** A bar over {@code total} inputs ({@code -1}: unknown), or none when disabled. */
  static Progress open(long total, boolean enabled) {
    if (!enabled) {
      return new Progress(null);
    }
    ProgressBar bar = new ProgressBarBuilder()
        .setTaskName("rasd")
        .setInitialMax(total)
        .setUnit(" articles", 1)
        .showSpeed()
        .setStyle(ProgressBarStyle.ASCII)
        .setConsumer(new ConsoleProgressBarConsumer(
            new PrintStream(System.err, true, StandardCharsets.UTF_8)))
        .build();
    return new Progress(bar);
  }

  /** Whether stderr is a terminal, as the script says or, without it, as Linux says. */
  static boolean stderrIsTerminal() {
    String said = System.getenv(TERMINAL_ENV);
    if (said != null) {
      return said.equals("1");
    }
    try {
      Path target = Files.readSymbolicLink(Path.of("/proc/self/fd/2"));
      return target.toString().startsWith("/dev/pts/") || target.toString().startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false; // not Linux, or not knowable: stay silent
    }
  }

  /**
   * The number of lines of standard input when it is a regular file ({@code < corpus.jsonl}),
   * counted in one pass over its bytes before the run reads it, so that a JSON Lines run can
   * show an ETA; {@code -1} for a pipe or a terminal. Only called when the bar is shown.
   */
  static long stdinLines() {
    try {
      FileChannel in = new FileInputStream(FileDescriptor.in).getChannel();
      long start = in.position();
      long size = in.size();
      if (size <= start) {
        return -1;
      }
      ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
      long lines = 0;
      byte last = '\n';
      while (in.read(buffer) > 0) {
        buffer.flip();
        while (buffer.hasRemaining()) {
          last = buffer.get();
          if (last == '\n') {
            lines++;
          }
        }
        buffer.clear();
      }
      in.position(start); // the run reads the file from where it was
      return last == '\n' ? lines : lines + 1;
    } catch (IOException | UnsupportedOperationException e) {
      return -1; // a pipe cannot be sized or rewound
    }
  }

  void step() {
    if (bar != null) {
      bar.step();
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
