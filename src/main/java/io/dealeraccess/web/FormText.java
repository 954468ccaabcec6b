package io.dealeraccess.web;

/** How typed text is tidied before it is checked: surrounding spaces go, empty becomes null. */
public final class FormText {

  private FormText() {}

  public static String clean(String value) {
    if (value == null) {
      return null;
    }
    String stripped = value.strip();
    return stripped.isEmpty() ? null : stripped;
  }

  /** Whether {@code name} is one of the enum's constants: what a form's choice must be. */
  public static <E extends Enum<E>> boolean isOneOf(Class<E> type, String name) {
    return java.util.Arrays.stream(type.getEnumConstants()).anyMatch(constant -> constant.name().equals(name));
  }
}
