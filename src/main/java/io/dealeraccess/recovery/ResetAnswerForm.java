package io.dealeraccess.recovery;

import io.dealeraccess.web.FormText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The answer to the reset link's security question. Never sent back to the browser. */
class ResetAnswerForm {

  @NotBlank(message = "Enter your answer.")
  @Size(max = 100, message = "Use at most 100 characters.")
  private String answer;

  public String getAnswer() {
    return answer;
  }

  public void setAnswer(String answer) {
    this.answer = FormText.clean(answer);
  }

  void forgetSecrets() {
    answer = null;
  }
}
