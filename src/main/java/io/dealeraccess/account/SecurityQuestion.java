package io.dealeraccess.account;

/** The security questions a dealer chooses from. */
public enum SecurityQuestion {
  MOTHERS_MAIDEN_NAME("What is your mother's maiden name?"),
  FIRST_PET("What was the name of your first pet?"),
  BIRTH_CITY("In what city were you born?"),
  FIRST_CAR("What was the make of your first car?"),
  ELEMENTARY_SCHOOL("What elementary school did you attend?"),
  CHILDHOOD_FRIEND("What is the first name of your childhood best friend?"),
  FATHERS_MIDDLE_NAME("What is your father's middle name?");

  private final String text;

  SecurityQuestion(String text) {
    this.text = text;
  }

  public String text() {
    return text;
  }

}
