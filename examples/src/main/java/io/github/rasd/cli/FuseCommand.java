package io.github.rasd.cli;

import io.github.rasd.fusion.AnalysisLines;
import io.github.rasd.fusion.Incident;
import io.github.rasd.fusion.IncidentCsv;
import io.github.rasd.fusion.IncidentFuser;
import io.github.rasd.fusion.SourceEvent;
import io.github.rasd.json.RasdJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rasd fuse}: analyses of many articles (JSON Lines) to incidents across articles. */
@Command(
    name = "fuse",
    mixinStandardHelpOptions = true,
    description = {
      "Reads analyses as JSON Lines (as rasd extract --jsonl writes them) from the FILEs or"
          + " standard input, and prints the incidents they report: the events of several"
          + " articles about one happening fused, with low/best/high tolls and every source.",
      "Error records of the batch are skipped and counted on standard error.",
      "Prints one incident per line as JSON, or with --csv one row per incident in ACLED's"
          + " columns."
    })
final class FuseCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "0..*",
      description = "JSON Lines files of analyses; none: standard input.")
  List<Path> files = new ArrayList<>();

  @Option(names = "--csv", description = "One CSV row per incident in ACLED's columns.")
  boolean csv;

  @Option(names = "--events-csv",
      description = "One CSV row per source event (no fusion), in the same columns.")
  boolean eventsCsv;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<SourceEvent> events = new ArrayList<>();
    long analyses = 0;
    long errors = 0;
    List<String> unreadable = new ArrayList<>();
    if (files.isEmpty()) {
      AnalysisLines.Result r = AnalysisLines.read(
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
      events.addAll(r.events());
      analyses += r.analyses();
      errors += r.errorRecords();
      unreadable.addAll(r.unreadable());
    }
    for (Path file : files) {
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        AnalysisLines.Result r = AnalysisLines.read(in);
        events.addAll(r.events());
        analyses += r.analyses();
        errors += r.errorRecords();
        r.unreadable().forEach(u -> unreadable.add(file + ": " + u));
      }
    }
    unreadable.forEach(u -> err.println("rasd fuse: " + u));
    if (eventsCsv) {
      IncidentCsv.writeEvents(events, out);
      out.flush();
      return unreadable.isEmpty() ? 0 : 1;
    }
    List<Incident> incidents = IncidentFuser.standard().fuseEvents(events);
    if (csv) {
      IncidentCsv.write(incidents, out);
    } else {
      for (Incident i : incidents) {
        out.println(RasdJson.write(i));
      }
    }
    out.flush();
    err.println("rasd fuse: " + analyses + " analyses, " + events.size() + " events, "
        + incidents.size() + " incidents; " + errors + " error records skipped"
        + (unreadable.isEmpty() ? "" : ", " + unreadable.size() + " unreadable lines"));
    err.flush();
    return unreadable.isEmpty() ? 0 : 1;
  }
}
