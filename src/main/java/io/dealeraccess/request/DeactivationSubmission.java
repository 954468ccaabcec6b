package io.dealeraccess.request;

/** Deactivate a user ID, asked by its owner or by the dealership. */
public record DeactivationSubmission(String pdn, String userId, SubmittedBy submittedBy, Applicant requester,
    DeactivationReason reason) {}
