package io.dealeraccess.request;

/** The person who submits a request: for deactivations possibly someone other than the ID's owner. */
public record Applicant(String firstName, String lastName, String email, String businessPhone, String role) {}
