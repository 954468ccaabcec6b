package io.dealeraccess.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Complete, valid values of the dealer forms, for tests that vary or repeat them. */
public final class DealerForms {

  public static final String PASSWORD = "Correct-Horse-Staple-9";

  private DealerForms() {}

  /** Step 2 of the registration at PDN 10001 (Riverside Motors), for a user ID and email no one else uses. */
  public static Map<String, Object> registration(String userId) {
    Map<String, Object> fields = new HashMap<>();
    fields.put("pdn", "10001");
    fields.put("firstName", "Pat");
    fields.put("lastName", "Smith");
    fields.put("email", userId + "@riverside.example");
    fields.put("businessPhone", "(555) 123-4567");
    fields.put("role", "FINANCE_MANAGER");
    fields.put("userId", userId);
    fields.put("password", PASSWORD);
    fields.put("confirmPassword", PASSWORD);
    fields.put("question1", "FIRST_PET");
    fields.put("answer1", "Rex");
    fields.put("question2", "BIRTH_CITY");
    fields.put("answer2", "Boston");
    fields.put("question3", "FIRST_CAR");
    fields.put("answer3", "Ford");
    fields.put("applications", List.of("SMARTCASH", "INTELLIRATER"));
    return fields;
  }
}
