package io.dealeraccess.request;

import io.dealeraccess.account.SecurityQuestion;
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
    List<Answer> securityAnswers,
    List<String> applications) {

  public record Answer(SecurityQuestion question, String answer) {}

  @Override
  public String toString() {
    // never print the password or the answers
    return "NewUserIdSubmission[pdn=" + pdn + ", userId=" + userId + ", email=" + email + "]";
  }
}
