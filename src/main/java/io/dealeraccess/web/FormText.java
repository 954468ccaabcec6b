package io.dealeraccess.web;

/** How typed text is tidied before it is checked: surrounding spaces go, empty becomes null. */
final class FormText {

  private FormText() {}

  static String clean(String value) {
    if (value == null) {
      return null;
    }
    String stripped = value.strip();
    return stripped.isEmpty() ? null : stripped;
  }
}
