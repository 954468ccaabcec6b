package io.dealeraccess.profile;

import io.dealeraccess.web.ChallengeQuestions;
import io.dealeraccess.web.FormText;
import io.dealeraccess.web.SecretAnswer;
import jakarta.validation.constraints.NotBlank;

/** Change security questions: three different questions with new answers. */
class QuestionsForm extends CurrentPasswordForm implements ChallengeQuestions {

  private String question1;
  private String question2;
  private String question3;

  @NotBlank(message = "Enter an answer to question 1.")
  @SecretAnswer
  private String answer1;

  @NotBlank(message = "Enter an answer to question 2.")
  @SecretAnswer
  private String answer2;

  @NotBlank(message = "Enter an answer to question 3.")
  @SecretAnswer
  private String answer3;

  @Override
  public String getQuestion1() {
    return question1;
  }

  public void setQuestion1(String question1) {
    this.question1 = FormText.clean(question1);
  }

  @Override
  public String getQuestion2() {
    return question2;
  }

  public void setQuestion2(String question2) {
    this.question2 = FormText.clean(question2);
  }

  @Override
  public String getQuestion3() {
    return question3;
  }

  public void setQuestion3(String question3) {
    this.question3 = FormText.clean(question3);
  }

  @Override
  public String getAnswer1() {
    return answer1;
  }

  public void setAnswer1(String answer1) {
    this.answer1 = FormText.clean(answer1);
  }

  @Override
  public String getAnswer2() {
    return answer2;
  }

  public void setAnswer2(String answer2) {
    this.answer2 = FormText.clean(answer2);
  }

  @Override
  public String getAnswer3() {
    return answer3;
  }

  public void setAnswer3(String answer3) {
    this.answer3 = FormText.clean(answer3);
  }
}
