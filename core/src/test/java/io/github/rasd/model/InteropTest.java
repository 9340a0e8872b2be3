package io.github.rasd.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The ACLED and PLOVER categories of each event type, from the bundled table. */
class InteropTest {

  @Test
  void everyTypeHasAcledCategoriesAndADisorderTypeThatFollowsFromThem() {
    for (EventType t : EventType.values()) {
      Interop.Categories c = Interop.of(t);
      assertThat(c.acledEventType()).isIn("Battles", "Explosions/Remote violence",
          "Violence against civilians", "Strategic developments");
      assertThat(c.acledSubEventType()).isNotBlank();
      assertThat(c.acledDisorderType()).isEqualTo(c.acledEventType().equals("Strategic developments")
          ? "Strategic developments" : "Political violence");
    }
  }

  @Test
  void clashesAreBattlesAndArrestsStrategicDevelopments() {
    assertThat(Interop.of(EventType.ARMED_CLASH).acledDisorderType()).isEqualTo("Political violence");
    assertThat(Interop.of(EventType.ARREST).acledDisorderType()).isEqualTo("Strategic developments");
    assertThat(Interop.of(EventType.ARREST).acledSubEventType()).isEqualTo("Arrests");
  }
}
