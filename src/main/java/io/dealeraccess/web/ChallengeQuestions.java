package io.dealeraccess.web;

import io.dealeraccess.account.ChallengeAnswer;
import io.dealeraccess.account.SecurityQuestion;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.validation.BindingResult;

/** A form with three online challenge questions and their answers (registration, My Profile). */
public interface ChallengeQuestions {

  String getQuestion1();

  String getQuestion2();

  String getQuestion3();

  String getAnswer1();

  String getAnswer2();

  String getAnswer3();

  default List<String> questions() {
    List<String> questions = new ArrayList<>();
    questions.add(getQuestion1());
    questions.add(getQuestion2());
    questions.add(getQuestion3());
    return questions;
  }

  /** The questions with their answers, once the form is valid. */
  default List<ChallengeAnswer> answers() {
    List<String> given = List.of(String.valueOf(getAnswer1()), String.valueOf(getAnswer2()),
        String.valueOf(getAnswer3()));
    List<ChallengeAnswer> answers = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      answers.add(new ChallengeAnswer(SecurityQuestion.valueOf(questions().get(i)), given.get(i)));
    }
    return answers;
  }

  /** Three questions from the list, all different; the message goes next to the question at fault. */
  static void validate(ChallengeQuestions form, BindingResult errors) {
    List<String> questions = form.questions();
    Set<String> chosen = new HashSet<>();
    for (int i = 0; i < questions.size(); i++) {
      String field = "question" + (i + 1);
      String question = questions.get(i);
      if (question == null) {
        errors.rejectValue(field, field + ".missing", "Choose security question " + (i + 1) + ".");
      } else if (!FormText.isOneOf(SecurityQuestion.class, question)) {
        errors.rejectValue(field, field + ".unknown", "Choose security question " + (i + 1) + " from the list.");
      } else if (!chosen.add(question)) {
        errors.rejectValue(field, field + ".repeated", "Choose three different security questions.");
      }
    }
  }
}
