package io.dealeraccess.requestform;

import io.dealeraccess.web.FormText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The answer to one of the user ID's security questions. */
class AnswerForm {

  @NotBlank(message = "Enter your answer.")
  @Size(max = 100, message = "Use at most 100 characters.")
  private String answer;

  public String getAnswer() {
    return answer;
  }

  public void setAnswer(String answer) {
    this.answer = FormText.clean(answer);
  }
}
