package io.github.rasd.spark;

import io.github.rasd.fusion.IncidentFuser;
import io.github.rasd.fusion.SourceEvent;
import io.github.rasd.json.RasdJson;
import java.io.Serializable;

/**
 * A source event as Spark moves it between stages: its blocking key, its window as sortable ISO
 * dates, and its JSON form, so that a shuffle carries plain strings and never Java-serialized
 * model values. A bean, as Spark's bean encoder requires.
 */
public final class SourceEventLine implements Serializable {

  private static final long serialVersionUID = 1L;

  private String key;
  private String start;
  private String end;
  private boolean fusable;
  private String eventKey;
  private String json;

  /** An empty line, for the bean encoder. */
  public SourceEventLine() {}

  static SourceEventLine of(SourceEvent e) {
    SourceEventLine l = new SourceEventLine();
    l.key = IncidentFuser.blockingKey(e);
    l.fusable = IncidentFuser.fusable(e);
    l.start = e.windowStart().map(Object::toString).orElse("");
    l.end = e.windowEnd().map(Object::toString).orElse("");
    l.eventKey = e.key();
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

  /** The first day of the event's window, {@code YYYY-MM-DD}, or {@code ""}. */
  public String getStart() {
    return start;
  }

  /** Sets the first day. */
  public void setStart(String start) {
    this.start = start;
  }

  /** The last day of the event's window, {@code YYYY-MM-DD}, or {@code ""}. */
  public String getEnd() {
    return end;
  }

  /** Sets the last day. */
  public void setEnd(String end) {
    this.end = end;
  }

  /** Whether the event can be fused with another at all ({@link IncidentFuser#fusable}). */
  public boolean isFusable() {
    return fusable;
  }

  /** Sets whether the event can be fused. */
  public void setFusable(boolean fusable) {
    this.fusable = fusable;
  }

  /** The event's {@code articleId/eventId}. */
  public String getEventKey() {
    return eventKey;
  }

  /** Sets the event's key. */
  public void setEventKey(String eventKey) {
    this.eventKey = eventKey;
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
