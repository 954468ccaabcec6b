package io.dealeraccess.request;

/**
 * A request as the engine knows it: its reference (the process instance's business key, set by the product at
 * start) and the id of the request process's own instance (the top one, for a call activity's steps).
 */
public record RequestKey(String reference, String processInstanceId) {}
