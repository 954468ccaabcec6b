package io.dealeraccess.request;

import java.util.List;

/** Remove application access: the ID, the person asking, and the applications to remove. */
public record RemoveAccessSubmission(String pdn, String userId, Applicant applicant, List<String> applications) {}
