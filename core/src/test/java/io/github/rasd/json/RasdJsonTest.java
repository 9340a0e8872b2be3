package io.github.rasd.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.rasd.model.Analysis;
import io.github.rasd.model.Article;
import io.github.rasd.model.Claim;
import io.github.rasd.model.Count;
import io.github.rasd.model.DateRange;
import io.github.rasd.model.Event;
import io.github.rasd.model.ForceEstimate;
import io.github.rasd.model.Group;
import io.github.rasd.model.Organization;
import io.github.rasd.model.Person;
import io.github.rasd.model.Place;
import io.github.rasd.model.SampleAnalysis;
import io.github.rasd.model.Span;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class RasdJsonTest {

  private static final Analysis SAMPLE = SampleAnalysis.build();
  private static final ObjectMapper PLAIN = new ObjectMapper();

  static Stream<Object> everyValueType() {
    Event e = SAMPLE.events().get(0);
    Claim c = SAMPLE.claims().get(0);
    return Stream.of(SAMPLE, SAMPLE.article(), SAMPLE.groups().get(0), SAMPLE.persons().get(0),
        SAMPLE.places().get(0), SAMPLE.places().get(0).coordinates().orElseThrow(),
        SAMPLE.organizations().get(0), e, e.participants().get(0), e.killed().orElseThrow(),
        e.date().orElseThrow(), e.trigger(), e.provenance(), e.tollFigures().get(0),
        io.github.rasd.model.ImmutableTollRange.builder().low(13).best(13).high(15).build(), SAMPLE.forceEstimates().get(0), c,
        c.speaker(), c.channel().orElseThrow(), SAMPLE.claims().get(1));
  }

  @ParameterizedTest
  @MethodSource("everyValueType")
  void roundTripsToAnEqualValue(Object value) {
    String json = RasdJson.write(value);
    Object back = RasdJson.read(json, value.getClass());
    assertThat(back).isEqualTo(value);
    assertThat(RasdJson.write(back)).isEqualTo(json);
  }

  @Test
  void sampleValidatesAgainstTheBundledSchema() throws Exception {
    JsonNode json = PLAIN.readTree(RasdJson.write(SAMPLE));
    assertThat(validate(json)).isEmpty();
  }

  @Test
  void emptyAnalysisValidatesAgainstTheSchema() throws Exception {
    JsonNode json = PLAIN.readTree(RasdJson.write(Analysis.empty(Article.of("x", "نص"), "v")));
    assertThat(validate(json)).isEmpty();
  }

  @Test
  void schemaRejectsAnAnalysisWithoutEvents() throws Exception {
    com.fasterxml.jackson.databind.node.ObjectNode json =
        (com.fasterxml.jackson.databind.node.ObjectNode) PLAIN.readTree(RasdJson.write(SAMPLE));
    json.remove("events");
    assertThat(validate(json)).isNotEmpty();
  }

  @Test
  void writesTheFieldNamesTheScorerReads() throws Exception {
    JsonNode json = PLAIN.readTree(RasdJson.write(SAMPLE));
    assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(json.at("/article/published").asText()).isEqualTo("2024-03-12");
    assertThat(fieldNames(json.at("/events/0"))).contains("id", "type", "status", "date",
        "placeIds", "groupIds", "killed", "injured", "arrested", "claimIds", "evidence");
    assertThat(json.at("/events/0/injured").isNull()).isTrue();
    assertThat(json.at("/events/0/date/start").asText()).isEqualTo("2024-03-11");
    assertThat(fieldNames(json.at("/events/0/killed"))).contains("min", "max", "approximate", "text");
    assertThat(fieldNames(json.at("/claims/0"))).contains("id", "kind", "cue", "speaker",
        "channel", "content");
    assertThat(json.at("/claims/1/channel").isNull()).isTrue();
    assertThat(fieldNames(json.at("/claims/0/speaker"))).contains("text", "personId");
    assertThat(fieldNames(json.at("/forceEstimates/0"))).contains("groupId", "count", "unit",
        "placeIds", "claimIds", "evidence");
    assertThat(json.at("/forceEstimates/0/unit").asText()).isEqualTo("FIGHTERS");
    assertThat(fieldNames(json.at("/groups/0"))).contains("canonicalId", "name", "nameEn",
        "aliases", "mentions");
    assertThat(fieldNames(json.at("/places/0"))).contains("name", "countryCode", "mentions");
    assertThat(fieldNames(json.at("/persons/0"))).contains("name", "roles", "mentions");
  }

  @Test
  void sameAnalysisGivesTheSameBytes() {
    assertThat(RasdJson.write(SampleAnalysis.build())).isEqualTo(RasdJson.write(SAMPLE));
  }

  @Test
  void malformedJsonIsAClearError() {
    assertThatThrownBy(() -> RasdJson.readAnalysis("{\"schemaVersion\": 1,"))
        .isInstanceOf(RasdJsonException.class)
        .hasMessageContaining("malformed JSON");
  }

  @Test
  void missingFieldIsNamed() {
    assertThatThrownBy(() -> RasdJson.read("{\"start\": 1, \"end\": 2}", Span.class))
        .isInstanceOf(RasdJsonException.class)
        .hasMessageContaining("text");
  }

  @Test
  void mistypedNestedFieldIsNamedByItsPath() {
    String json = RasdJson.write(SAMPLE).replace("\"start\":\"2024-03-11\"", "\"start\":\"yesterday\"");
    assertThatThrownBy(() -> RasdJson.readAnalysis(json))
        .isInstanceOfSatisfying(RasdJsonException.class,
            e -> assertThat(e.field()).isEqualTo("events[0].date.start"));
  }

  @Test
  void invariantViolationWhileReadingIsAClearError() {
    String json = RasdJson.write(SAMPLE).replace("\"placeIds\":[\"pl1\"],\"groupIds\"",
        "\"placeIds\":[\"nowhere\"],\"groupIds\"");
    assertThatThrownBy(() -> RasdJson.readAnalysis(json))
        .isInstanceOf(RasdJsonException.class)
        .hasMessageContaining("events[0].placeIds")
        .hasMessageContaining("nowhere");
  }

  @Test
  void nullDocumentIsAClearError() {
    assertThatThrownBy(() -> RasdJson.readAnalysis("null")).isInstanceOf(RasdJsonException.class);
  }

  @Test
  void readsEveryTopLevelKind() {
    Analysis back = RasdJson.readAnalysis(RasdJson.write(SAMPLE));
    assertThat(back.groups()).extracting(Group::canonicalId).containsExactly(java.util.Optional.of("uqba-ibn-nafi"));
    assertThat(back.persons()).extracting(Person::name).containsExactly("علي المرزوقي");
    assertThat(back.places()).extracting(Place::name).containsExactly("جبل الشعانبي");
    assertThat(back.organizations()).extracting(Organization::name).containsExactly("الحرس الوطني", "رويترز");
    assertThat(back.forceEstimates()).extracting(ForceEstimate::count).extracting(Count::min)
        .containsExactly(java.util.Optional.of(100L));
    assertThat(back.events().get(0).date()).map(DateRange::text).contains("أمس");
  }

  @Test
  void provenanceWrittenBeforeTheRuleListReadsWithItsRuleAlone() {
    io.github.rasd.model.Provenance p = RasdJson.read(
        "{\"rule\": \"events/trigger-lexicon\", \"confidence\": 0.5}",
        io.github.rasd.model.Provenance.class);
    assertThat(p.rules()).containsExactly("events/trigger-lexicon");
  }

  @Test
  void provenanceKeepsEveryRuleOnceCreatorFirst() {
    io.github.rasd.model.Provenance p = io.github.rasd.model.Provenance.of(
        List.of("events/trigger-lexicon", "events/merge-same-clause", "events/trigger-lexicon"), 0.7);
    assertThat(p.rule()).isEqualTo("events/trigger-lexicon");
    assertThat(p.rules()).containsExactly("events/trigger-lexicon", "events/merge-same-clause");
    assertThatThrownBy(() -> io.github.rasd.model.ImmutableProvenance.builder().rule("a")
        .addRules("b").build()).isInstanceOf(IllegalArgumentException.class);
  }

  private static Set<ValidationMessage> validate(JsonNode json) throws Exception {
    try (InputStream in = RasdJson.openSchema()) {
      JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
      return schema.validate(json);
    }
  }

  @Test
  void loneSurrogatesAreEscapedAndPairsKept() {
    String text = "a\uD800b\uDC00c\uD83D\uDE00d\uDBFF";
    Analysis a = Analysis.empty(Article.of("s", text), "rasd test");
    String json = RasdJson.write(a);
    assertThat(json).contains("a\\uD800b\\uDC00c\uD83D\uDE00d\\uDBFF");
    byte[] utf8 = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Analysis back = RasdJson.readAnalysis(new String(utf8, java.nio.charset.StandardCharsets.UTF_8));
    assertThat(back.article().text()).isEqualTo(text);
    assertThat(RasdJson.writePretty(a)).contains("\\uD800");
  }

  @Test
  void textWithoutLoneSurrogatesIsWrittenAsItIs() {
    String json = RasdJson.write(Analysis.empty(Article.of("s", "قتل \uD83D\uDE00"), "rasd test"));
    assertThat(json).contains("قتل \uD83D\uDE00").doesNotContain("\\u");
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
