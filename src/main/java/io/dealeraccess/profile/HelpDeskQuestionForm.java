package io.dealeraccess.profile;

import io.dealeraccess.web.FormText;
import io.dealeraccess.web.SecretAnswer;
import jakarta.validation.constraints.NotBlank;

/** Change Help Desk secret question: the question the help desk asks on the phone, and its answer. */
class HelpDeskQuestionForm extends CurrentPasswordForm {

  @NotBlank(message = "Write the question the help desk should ask you.")
  @SecretAnswer
  private String question;

  @NotBlank(message = "Enter the answer.")
  @SecretAnswer
  private String answer;

  public String getQuestion() {
    return question;
  }

  public void setQuestion(String question) {
    this.question = FormText.clean(question);
  }

  public String getAnswer() {
    return answer;
  }

  public void setAnswer(String answer) {
    this.answer = FormText.clean(answer);
  }
}
