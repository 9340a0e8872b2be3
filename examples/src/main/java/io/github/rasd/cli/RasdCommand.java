package io.github.rasd.cli;

import io.github.rasd.parsers.ArticleParser;
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

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured picocli command line, for tests and embedding. */
  public static CommandLine commandLine() {
    return new CommandLine(new RasdCommand()).setCaseInsensitiveEnumValuesAllowed(true);
  }

  /** Prints the library version. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {ArticleParser.version()};
    }
  }
}
