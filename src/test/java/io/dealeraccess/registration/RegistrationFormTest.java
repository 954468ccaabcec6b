package io.dealeraccess.registration;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegistrationFormTest {

  private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

  static RegistrationForm valid() {
    RegistrationForm form = new RegistrationForm();
    form.setPdn("10001");
    form.setFirstName("Pat");
    form.setLastName("O'Neil-Smith");
    form.setEmail("Pat.Smith@Riverside.example");
    form.setBusinessPhone("(555) 123-4567");
    form.setRole("FINANCE_MANAGER");
    form.setUserId("psmith01");
    form.setAnswer1("rex");
    form.setAnswer2("Boston");
    form.setAnswer3("Ford");
    return form;
  }

  private static Set<String> invalidFields(RegistrationForm form) {
    return VALIDATOR.validate(form).stream().map(ConstraintViolation::getPropertyPath).map(Object::toString)
        .collect(Collectors.toSet());
  }

  @Test
  void aCompleteFormHasNoFieldErrors() {
    assertThat(invalidFields(valid())).isEmpty();
  }

  @Test
  void textIsTrimmedAndEmailLowerCased() {
    RegistrationForm form = valid();
    form.setFirstName("  Pat  ");
    form.setLastName("   ");

    assertThat(form.getFirstName()).isEqualTo("Pat");
    assertThat(form.getLastName()).isNull();
    assertThat(form.getEmail()).isEqualTo("pat.smith@riverside.example");
    assertThat(invalidFields(form)).containsExactly("lastName");
  }

  @Test
  void passwordsAreNeverTrimmed() {
    RegistrationForm form = valid();
    form.setPassword("  spaced password  ");

    assertThat(form.getPassword()).isEqualTo("  spaced password  ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1234", "123456", "1000a", "10 01"})
  void pdnMustBeFiveDigits(String pdn) {
    RegistrationForm form = valid();
    form.setPdn(pdn);

    assertThat(invalidFields(form)).containsExactly("pdn");
  }

  @ParameterizedTest
  @ValueSource(strings = {"5551234", "555-123-456", "phone", "555-123-45678", "<script>"})
  void phoneMustBeATenDigitUsNumber(String phone) {
    RegistrationForm form = valid();
    form.setBusinessPhone(phone);

    assertThat(invalidFields(form)).containsExactly("businessPhone");
  }

  @Test
  void phoneIsStoredInOneFormat() {
    RegistrationForm form = valid();
    form.setBusinessPhone("+1 555.123.4567");

    assertThat(form.normalizedPhone()).isEqualTo("555-123-4567");
  }

  @ParameterizedTest
  @ValueSource(strings = {"pat", "pat@", "pat@dealer", "pat smith@dealer.com", "@dealer.com"})
  void emailMustLookLikeAnAddress(String email) {
    RegistrationForm form = valid();
    form.setEmail(email);

    assertThat(invalidFields(form)).containsExactly("email");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ab", "1psmith", "p smith01", "psmith01psmith01psmith", "psmith<01>", "psmith\u0000"})
  void userIdFollowsTheFormat(String userId) {
    RegistrationForm form = valid();
    form.setUserId(userId);

    assertThat(invalidFields(form)).containsExactly("userId");
  }

  @ParameterizedTest
  @ValueSource(strings = {"<b>Pat</b>", "Pat1", "Pat\u0007", "' OR 1=1 --"})
  void namesAreLettersAndNamePunctuationOnly(String name) {
    RegistrationForm form = valid();
    form.setFirstName(name);

    assertThat(invalidFields(form)).containsExactly("firstName");
  }

  @Test
  void namesMayUseAccentedLetters() {
    RegistrationForm form = valid();
    form.setFirstName("José");
    form.setLastName("Müller-Brandt");

    assertThat(invalidFields(form)).isEmpty();
  }

  @Test
  void answersAreRequiredAndHaveNoControlCharacters() {
    RegistrationForm form = valid();
    form.setAnswer1("");
    form.setAnswer2("bad\u0000answer");

    assertThat(invalidFields(form)).containsExactlyInAnyOrder("answer1", "answer2");
  }

  @Test
  void forgetSecretsClearsPasswordsButKeepsWhatWasTyped() {
    RegistrationForm form = valid();
    form.setPassword("Correct-Horse-Staple-9");
    form.setConfirmPassword("Correct-Horse-Staple-9");
    form.setCaptcha("ABC123");

    form.forgetSecrets();

    assertThat(form.getPassword()).isNull();
    assertThat(form.getConfirmPassword()).isNull();
    assertThat(form.getCaptcha()).isNull();
    assertThat(form.getUserId()).isEqualTo("psmith01");
  }
}
