package io.github.rasd.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.rasd.model.Analysis;
import io.github.rasd.model.Count;
import io.github.rasd.model.Event;
import io.github.rasd.model.Place;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GeoJSON collections, parsed back and compared with the analyses. */
class GeoJsonExportTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static List<JsonNode> features(Path file) throws IOException {
    JsonNode root = JSON.readTree(file.toFile());
    assertThat(root.get("type").asText()).isEqualTo("FeatureCollection");
    List<JsonNode> out = new ArrayList<>();
    root.get("features").forEach(out::add);
    for (JsonNode f : out) {
      assertThat(f.get("type").asText()).isEqualTo("Feature");
      JsonNode g = f.get("geometry");
      assertThat(g).as("geometry member is present, null when unlocated").isNotNull();
      if (!g.isNull()) {
        assertThat(g.get("type").asText()).isEqualTo("Point");
        assertThat(g.get("coordinates")).hasSize(2);
        assertThat(g.get("coordinates").get(0).asDouble()).isBetween(-180.0, 180.0);
        assertThat(g.get("coordinates").get(1).asDouble()).isBetween(-90.0, 90.0);
      }
    }
    return out;
  }

  @Test
  void eventsAndPlacesRoundTrip() throws IOException {
    List<Analysis> batch = Fixtures.all();
    Exports.write(ExportFormat.GEOJSON, batch, dir);
    List<JsonNode> events = features(dir.resolve("events.geojson"));
    List<JsonNode> places = features(dir.resolve("places.geojson"));
    assertThat(events).hasSize(batch.stream().mapToInt(a -> a.events().size()).sum());
    assertThat(places).hasSize(batch.stream().mapToInt(a -> a.places().size()).sum());
    int ei = 0, pi = 0;
    for (Analysis a : batch) {
      for (Event e : a.events()) {
        JsonNode f = events.get(ei++);
        JsonNode p = f.get("properties");
        assertThat(f.get("id").asText()).isEqualTo(a.article().id() + "/" + e.id());
        assertThat(p.get("record").asText()).isEqualTo("event");
        assertThat(p.get("type").asText()).isEqualTo(e.type().name());
        assertThat(p.get("status").asText()).isEqualTo(e.status().name());
        assertThat(p.get("date_start").isNull() ? null : p.get("date_start").asText())
            .isEqualTo(e.date().map(d -> d.start().toString()).orElse(null));
        assertThat(p.get("killed").isNull() ? null : p.get("killed").asLong())
            .isEqualTo(e.killed().flatMap(Count::min).orElse(null));
        assertThat(p.get("groups")).hasSize(e.groupIds().size());
        assertThat(p.get("claim_ids")).hasSize(e.claimIds().size());
        assertThat(p.get("evidence").get("text").asText()).isEqualTo(e.evidence().text());
        assertThat(p.get("evidence").get("start").asInt()).isEqualTo(e.evidence().start());
        assertThat(p.get("rule").asText()).isEqualTo(e.provenance().rule());
        AcledRow row = AcledRow.of(a, e);
        if (row.latitude().isPresent()) {
          assertThat(f.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(row.longitude().get());
          assertThat(f.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(row.latitude().get());
        } else {
          assertThat(f.get("geometry").isNull()).isTrue();
        }
      }
      for (Place pl : a.places()) {
        JsonNode f = places.get(pi++);
        JsonNode p = f.get("properties");
        assertThat(p.get("place_id").asText()).isEqualTo(pl.id());
        assertThat(p.get("name").asText()).isEqualTo(pl.name());
        assertThat(p.get("kind").asText()).isEqualTo(pl.kind().name());
        assertThat(p.get("mentions").asInt()).isEqualTo(pl.mentions().size());
        if (pl.coordinates().isPresent()) {
          assertThat(f.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(pl.coordinates().get().lon());
          assertThat(f.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(pl.coordinates().get().lat());
        } else {
          assertThat(f.get("geometry").isNull()).isTrue();
        }
      }
    }
  }

  @Test
  void handMadeClashIsAPointAtPalmyraInLongitudeLatitudeOrder() throws IOException {
    String geo = Exports.toString(ExportFormat.GEOJSON, Fixtures.handMade());
    JsonNode f = JSON.readTree(geo).get("features").get(0);
    assertThat(f.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(38.28);
    assertThat(f.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(34.56);
    assertThat(f.get("properties").get("fatalities_best").asLong()).isEqualTo(15);
    assertThat(f.get("properties").get("group_names").get(0).asText()).isEqualTo("Islamic State");
  }
}
