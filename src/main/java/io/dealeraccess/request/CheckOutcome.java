package io.dealeraccess.request;

/** The automated checks' verdict: a summary for the reviewer and, on a hard failure, the reason given to the dealer. */
public record CheckOutcome(boolean passed, String summary, String denialReason) {}
