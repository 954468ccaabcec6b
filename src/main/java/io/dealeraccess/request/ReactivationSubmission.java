package io.dealeraccess.request;

/** Reactivate an INACTIVE user ID; the applicant has already answered one of its security questions. */
public record ReactivationSubmission(String pdn, String userId, Applicant applicant) {}
