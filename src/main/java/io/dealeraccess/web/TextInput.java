package io.dealeraccess.web;

import java.beans.PropertyEditorSupport;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every text a dealer sends, in every form field and request parameter: control characters (NUL, line breaks, tabs,
 * escape) are refused before anything reads the value. A form field gets the message {@code typeMismatch} next to
 * it (messages.properties); a request parameter answers 400 with the error page. None of our fields is multi-line but the access administrators' address lists (signin), which read their
 * lines themselves.
 */
@ControllerAdvice
class TextInput {

  @InitBinder
  void refuseControlCharacters(WebDataBinder binder) {
    binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
      @Override
      public void setAsText(String text) {
        if (text != null && text.chars().anyMatch(Character::isISOControl)) {
          throw new IllegalArgumentException("control characters in a text field");
        }
        setValue(text);
      }
    });
  }
}
