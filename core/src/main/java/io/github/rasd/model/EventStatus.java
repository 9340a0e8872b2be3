package io.github.rasd.model;

/**
 * Whether an {@link Event} happened, was tried, stopped, planned or threatened.
 *
 * @since 0.1.0
 */
public enum EventStatus {
  /** It happened. */
  OCCURRED,
  /** It was tried and failed: محاولة (attempt). */
  ATTEMPTED,
  /** It was stopped before it happened: إحباط (foiling). */
  FOILED,
  /** It was being prepared: "كانوا يخططون لتنفيذ" (they were planning to carry out). */
  PLANNED,
  /** It was threatened: هدد (threatened). */
  THREATENED
}
