package io.dealeraccess.request;

import io.dealeraccess.account.ChallengeAnswer;
import java.util.List;

/** A validated registration, with the raw password and answers that are hashed before anything is stored. */
public record NewUserIdSubmission(
    String pdn,
    String firstName,
    String lastName,
    String email,
    String businessPhone,
    String role,
    String userId,
    String password,
    List<ChallengeAnswer> securityAnswers,
    List<String> applications) {

  @Override
  public String toString() {
    // never print the password or the answers
    return "NewUserIdSubmission[pdn=" + pdn + ", userId=" + userId + ", email=" + email + "]";
  }
}
