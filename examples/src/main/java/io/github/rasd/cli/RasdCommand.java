package io.github.rasd.cli;

import io.github.rasd.parsers.ArticleParser;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code rasd} command: Arabic conflict news to typed records.
 *
 * @since 0.1.0
 */
@Command(
    name = "rasd",
    mixinStandardHelpOptions = true,
    versionProvider = RasdCommand.Version.class,
    description = "Reads Arabic news articles and writes events, armed groups, force estimates"
        + " and claims with provenance as JSON.",
    subcommands = {ExtractCommand.class, ParseCommand.class, LookupCommand.class,
        FuseCommand.class,
        CommandLine.HelpCommand.class})
public final class RasdCommand {

  private RasdCommand() {}

  /**
   * Runs the command line and exits with its status. Arguments, output and errors are UTF-8
   * whatever the locale: under {@code LC_ALL=C} the JVM decodes the arguments as ASCII, so they
   * are read again from the bytes the process was given (see {@link Utf8Args}).
   */
  public static void main(String[] args) {
    System.exit(commandLine().execute(Utf8Args.recover(args)));
  }

  /**
   * The configured picocli command line, for tests and embedding; it writes UTF-8 to
   * {@code System.out} and {@code System.err} whatever the platform's default charset.
   */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new RasdCommand()).setCaseInsensitiveEnumValuesAllowed(true)
        .setOut(utf8(System.out)).setErr(utf8(System.err));
    CommandLine.IParameterExceptionHandler usage = cli.getParameterExceptionHandler();
    return cli.setParameterExceptionHandler((e, args) -> {
      String unnamable = unnamablePath(e);
      if (unnamable == null) {
        return usage.handleParseException(e, args);
      }
      e.getCommandLine().getErr().println("rasd: cannot name the file '" + unnamable
          + "' in this locale's charset (" + System.getProperty("sun.jnu.encoding")
          + "): run under a UTF-8 locale, e.g. LC_ALL=C.UTF-8");
      return 2;
    });
  }

  /**
   * The argument picocli could not take because it is a file name that the locale's charset
   * cannot encode ({@code LC_ALL=C}), or null.
   */
  private static String unnamablePath(CommandLine.ParameterException e) {
    if (e instanceof CommandLine.UnmatchedArgumentException u) {
      for (String arg : u.getUnmatched()) {
        try {
          Path.of(arg);
        } catch (InvalidPathException bad) {
          return arg;
        }
      }
    }
    return null;
  }

  private static PrintWriter utf8(OutputStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }

  /** Prints the library version. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {ArticleParser.version()};
    }
  }
}
