package io.dealeraccess.account;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.passay.DictionaryRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RuleResult;
import org.passay.RuleResultDetail;
import org.passay.UsernameRule;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.WordLists;
import org.passay.dictionary.sort.ArraysSort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The portal's password rules, through Passay: at least 12 characters and at most {@link #MAX_BYTES} bytes (BCrypt
 * reads no further), not only spaces or a few characters repeated, not containing the user ID (either way round, any
 * case), and not one of the commonly used passwords shipped in {@code common-passwords.txt}, nor one of them with
 * symbols or digits added at either end ("Password1234!").
 */
@Component
public class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 64;
  /** BCrypt uses the first 72 bytes of a password only (and Spring's encoder refuses longer ones). */
  public static final int MAX_BYTES = 72;
  static final int MIN_DISTINCT_CHARACTERS = 5;

  private static final Map<String, String> MESSAGES = Map.of(
      LengthRule.ERROR_CODE_MIN, "Use at least " + MIN_LENGTH + " characters.",
      LengthRule.ERROR_CODE_MAX, "Use at most " + MAX_LENGTH + " characters.",
      UsernameRule.ERROR_CODE, "The password must not contain your user ID.",
      UsernameRule.ERROR_CODE_REVERSED, "The password must not contain your user ID.",
      DictionaryRule.ERROR_CODE, "This password is too common. Choose one that is harder to guess.",
      DictionaryRule.ERROR_CODE_REVERSED, "This password is too common. Choose one that is harder to guess.");

  private final PasswordValidator validator;
  private final WordListDictionary common;

  public PasswordPolicy() {
    this.common = new WordListDictionary(commonPasswords());
    this.validator = new PasswordValidator(
        new LengthRule(MIN_LENGTH, MAX_LENGTH),
        new UsernameRule(true, true),
        new DictionaryRule(common));
  }

  /** What is wrong with {@code password} for {@code userId}; empty when it is acceptable. */
  public List<String> problems(String userId, String password) {
    if (password == null || password.isEmpty()) {
      return List.of("Enter a password.");
    }
    PasswordData data = userId == null || userId.isBlank()
        ? new PasswordData(password)
        : new PasswordData(userId.strip(), password);
    RuleResult result = validator.validate(data);
    Set<String> messages = new LinkedHashSet<>();
    for (RuleResultDetail detail : result.getDetails()) {
      messages.add(MESSAGES.getOrDefault(detail.getErrorCode(), "Choose a different password."));
    }
    if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      messages.add("Use a shorter password: at most " + MAX_BYTES + " bytes (letters with accents and symbols "
          + "outside the keyboard count as 2 to 4).");
    }
    if (password.codePoints().distinct().count() < MIN_DISTINCT_CHARACTERS) {
      messages.add(password.isBlank() ? "A password cannot be only spaces."
          : "Use at least " + MIN_DISTINCT_CHARACTERS + " different characters.");
    }
    if (isCommonWithDecoration(password)) {
      messages.add(MESSAGES.get(DictionaryRule.ERROR_CODE));
    }
    return List.copyOf(messages);
  }

  /** A common password with digits or symbols added before or after it: "Password1234!", "!!welcome2024". */
  private boolean isCommonWithDecoration(String password) {
    String lower = password.strip().toLowerCase(java.util.Locale.ROOT);
    String withoutSymbols = lower.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
    String lettersOnly = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
    return (!withoutSymbols.equals(lower) && common.search(withoutSymbols))
        || (!lettersOnly.isEmpty() && !lettersOnly.equals(lower) && common.search(lettersOnly));
  }

  private static org.passay.dictionary.WordList commonPasswords() {
    try (Reader reader = new InputStreamReader(
        new ClassPathResource("common-passwords.txt").getInputStream(), StandardCharsets.UTF_8)) {
      // case-insensitive: "PASSWORD1234" is as common as "password1234"
      return WordLists.createFromReader(new Reader[] {reader}, false, new ArraysSort());
    } catch (IOException e) {
      throw new UncheckedIOException("The list of common passwords is missing", e);
    }
  }
}
