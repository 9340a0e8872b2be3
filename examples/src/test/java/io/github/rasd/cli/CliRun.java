package io.github.rasd.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** One run of the {@code rasd} command in this JVM, its exit status and what it printed. */
record CliRun(int status, String out, String err) {

  /** Runs {@code rasd args…} with its writers captured. */
  static CliRun run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = RasdCommand.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int status = cli.execute(args);
    return new CliRun(status, out.toString(), err.toString());
  }

  /** Runs with {@code stdin} as standard input, standard output captured. */
  static CliRun runWithStdin(byte[] stdin, String... args) {
    InputStream in = System.in;
    PrintStream sysOut = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try {
      System.setIn(new ByteArrayInputStream(stdin));
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      CliRun r = run(args);
      return new CliRun(r.status(), captured.toString(StandardCharsets.UTF_8) + r.out(), r.err());
    } finally {
      System.setIn(in);
      System.setOut(sysOut);
    }
  }
}
