package io.dealeraccess.request;

/** Why a request was denied, coded for the analytics; a free text may add to it. */
public enum DenialCode {
  NOT_EMPLOYED("Not employed at the dealership"),
  ROLE_NOT_ELIGIBLE("Role not eligible for the application"),
  DUPLICATE_ID("Duplicate user ID"),
  IDENTITY_NOT_CONFIRMED("Identity not confirmed"),
  FAILED_CHECK("Failed an automated check"),
  OTHER("Other");

  private final String label;

  DenialCode(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The reason as the dealer reads it: the label, and the text when there is one ("Other" shows only the text). */
  public static String display(DenialCode code, String text) {
    boolean hasText = text != null && !text.isBlank();
    if (code == null || code == OTHER || code == FAILED_CHECK) {
      return hasText ? text : (code == null ? null : code.label());
    }
    return hasText ? code.label() + " — " + text : code.label();
  }

  /** The code for a stored or submitted name; null when there is none or it is unknown. */
  public static DenialCode of(String name) {
    for (DenialCode code : values()) {
      if (code.name().equals(name)) {
        return code;
      }
    }
    return null;
  }
}
