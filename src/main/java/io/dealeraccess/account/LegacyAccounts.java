package io.dealeraccess.account;

import io.dealeraccess.UploadedFile;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The old portal's user IDs, opened here at go-live. An imported ID is ACTIVE with no usable password and no
 * security answers: its owner is emailed (after the import commits, once) a single-use link to set both before the
 * first login. Its last use counts as its last login, so the 60-day rule goes on from there.
 */
@Service
@Transactional(readOnly = true)
public class LegacyAccounts {

  static final String WELCOME = "legacy-id-welcome";

  private final AccountService accounts;
  private final DealerUserRepository users;
  private final AccountRecords records;
  private final AccountEventRepository events;
  private final PasswordLinks links;
  private final Secrets secrets;
  private final ApplicationEventPublisher notices;
  private final Clock clock;

  LegacyAccounts(DealerUserRepository users, AccountService accounts, AccountRecords records,
      AccountEventRepository events, PasswordLinks links, Secrets secrets, ApplicationEventPublisher notices,
      Clock clock) {
    this.accounts = accounts;
    this.users = users;
    this.records = records;
    this.events = events;
    this.links = links;
    this.secrets = secrets;
    this.notices = notices;
    this.clock = clock;
  }

  /** Of these user IDs (as {@link AccountService#normalizeUserId} gives them), the ones taken: a query a thousand. */
  public Set<String> takenOf(List<String> userIds) {
    Set<String> taken = new HashSet<>();
    UploadedFile.inChunks(userIds).forEach(chunk -> taken.addAll(users.findTaken(chunk)));
    return taken;
  }

  /**
   * The people with a user ID that is not deactivated at one of these PDNs, as "email pdn" with the email in lower
   * case (one user ID per person per PDN, for a whole file at once): a query per thousand PDNs.
   */
  public Set<String> peopleAt(List<String> pdns) {
    Set<String> people = new HashSet<>();
    UploadedFile.inChunks(pdns).forEach(chunk -> people.addAll(users.findPeopleAt(chunk)));
    return people;
  }

  /** Opens the imported ID with its applications, on its timeline as imported by {@code by} from {@code source}. */
  @Transactional
  public void open(ImportedAccount imported, String by, String source) {
    // no password: the ID cannot log in until its owner sets one by the emailed link
    DealerUser user = accounts.open(new NewAccount(imported.userId(), imported.pdn(), imported.firstName(),
        imported.lastName(), imported.email(), imported.businessPhone(), imported.role(),
        secrets.noPasswordYet(), List.of(), imported.applications(), null), imported.lastUsedAt());
    Instant now = clock.instant();
    events.save(new AccountEvent(user.getId(), now, by, "IMPORTED", "Imported from the old portal (" + source
        + "), " + (imported.lastUsedAt() == null ? "never used" : "last used " + imported.lastUsedAt())
        + ", applications: "
        + (imported.applications().isEmpty() ? "none" : String.join(", ", imported.applications()))));
    String link = links.linkFor(user.getUserId(), user.getPasswordHash());
    notices.publishEvent(new AccountNotice(WELCOME + ":" + user.getUserId(), user.getUserId(), WELCOME,
        List.of(user.getEmail()), Map.of("setPasswordLink", link)));
  }

  /** An imported ID whose owner has not chosen security questions yet: the set-password page asks for them. */
  public boolean needsSecurityQuestions(String userId) {
    return accounts.find(userId).isPresent() && records.entity(userId).getSecurityAnswers().isEmpty();
  }

  /** The owner's first password and three security questions, from the emailed link; the link stops working. */
  @Transactional
  public void setFirstPassword(String userId, String rawPassword, List<ChallengeAnswer> answers) {
    DealerUser user = records.entity(userId);
    user.changeSecurityAnswers(answers.stream()
        .map(answer -> new SecurityAnswer(answer.question(), secrets.hashAnswer(answer.answer()))).toList());
    accounts.changePassword(userId, rawPassword);
    events.save(new AccountEvent(user.getId(), clock.instant(), user.getUserId(), "FIRST_PASSWORD_SET",
        "Password and security questions chosen by the owner"));
  }
}
