package io.github.rasd.spark;

import io.github.rasd.fusion.IncidentFuser;
import io.github.rasd.fusion.SourceEvent;
import io.github.rasd.json.RasdJson;
import java.io.Serializable;

/**
 * A source event as Spark moves it between stages: its blocking key and its JSON form, so that
 * a shuffle carries plain strings and never Java-serialized model values. A bean, as Spark's
 * bean encoder requires.
 */
public final class SourceEventLine implements Serializable {

  private static final long serialVersionUID = 1L;

  private String key;
  private String json;

  /** An empty line, for the bean encoder. */
  public SourceEventLine() {}

  static SourceEventLine of(SourceEvent e) {
    SourceEventLine l = new SourceEventLine();
    l.key = IncidentFuser.blockingKey(e);
    l.json = RasdJson.write(e);
    return l;
  }

  SourceEvent event() {
    return RasdJson.read(json, SourceEvent.class);
  }

  /** The blocking key, an ISO country code or {@code ""}. */
  public String getKey() {
    return key;
  }

  /** Sets the blocking key. */
  public void setKey(String key) {
    this.key = key;
  }

  /** The event as JSON. */
  public String getJson() {
    return json;
  }

  /** Sets the event's JSON. */
  public void setJson(String json) {
    this.json = json;
  }
}
