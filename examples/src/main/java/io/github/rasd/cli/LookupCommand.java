package io.github.rasd.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.rasd.json.RasdJson;
import io.github.rasd.parsers.knowledge.Gazetteer;
import io.github.rasd.parsers.knowledge.GroupEntry;
import io.github.rasd.parsers.knowledge.KnowledgeDataException;
import io.github.rasd.parsers.knowledge.KnowledgeEntry;
import io.github.rasd.parsers.knowledge.OrganizationEntry;
import io.github.rasd.parsers.knowledge.PlaceEntry;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rasd lookup NAME}: the knowledge-base entries a name resolves to. */
@Command(
    name = "lookup",
    mixinStandardHelpOptions = true,
    description = "Prints the entries (groups, places, organisations, outlets, titles,"
        + " nationalities) that a name may refer to, clitics and spelling variants folded,"
        + " one JSON object per entry. Exit status 1 when nothing matches.")
final class LookupCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = RasdJson.newMapper();

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "NAME", arity = "1..*", description = "The name, e.g. \"لداعش\" or \"بالقصرين\".")
  List<String> words;

  @Option(names = "--knowledge", paramLabel = "[KIND=]FILE", arity = "1..*",
      description = "Your own knowledge files, as in rasd extract; put -- before the NAME.")
  List<String> knowledge = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    String name = String.join(" ", words);
    Gazetteer gazetteer;
    try {
      gazetteer = knowledge.isEmpty() ? Gazetteer.bundled()
          : Gazetteer.of(KnowledgeFiles.knowledge(knowledge));
    } catch (KnowledgeDataException | IllegalArgumentException e) {
      spec.commandLine().getErr().println("rasd lookup: " + e.getMessage());
      return 2;
    }
    List<KnowledgeEntry> entries = gazetteer.lookup(name);
    for (KnowledgeEntry e : entries) {
      ObjectNode n = JSON.createObjectNode();
      n.put("id", e.id());
      n.put("kind", e.entryKind().name());
      n.put("name", e.name());
      n.put("nameEn", e.englishName());
      e.country().ifPresentOrElse(c -> n.put("country", c), () -> n.putNull("country"));
      if (e instanceof GroupEntry g) {
        n.put("groupKind", g.kind().name());
        g.parent().ifPresent(p -> n.put("parent", p));
        g.allegiance().ifPresent(a -> n.put("allegiance", a));
        n.putPOJO("leaders", g.leaders());
      } else if (e instanceof PlaceEntry p) {
        n.put("placeKind", p.kind().name());
        p.admin1().ifPresent(a -> n.put("admin1", a));
        if (p.latitude().isPresent() && p.longitude().isPresent()) {
          n.put("lat", p.latitude().getAsDouble());
          n.put("lon", p.longitude().getAsDouble());
        }
      } else if (e instanceof OrganizationEntry o) {
        n.put("organizationKind", o.kind().name());
      }
      n.putPOJO("names", e.names());
      out.println(n.toString());
    }
    if (entries.isEmpty()) {
      spec.commandLine().getErr().println("rasd lookup: no entry for '" + name + "'");
      return 1;
    }
    return 0;
  }
}
