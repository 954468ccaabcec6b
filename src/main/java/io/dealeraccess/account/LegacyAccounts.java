package io.dealeraccess.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
  private final AccountRecords records;
  private final AccountEventRepository events;
  private final PasswordLinks links;
  private final Secrets secrets;
  private final ApplicationEventPublisher notices;
  private final Clock clock;

  LegacyAccounts(AccountService accounts, AccountRecords records, AccountEventRepository events, PasswordLinks links,
      Secrets secrets, ApplicationEventPublisher notices, Clock clock) {
    this.accounts = accounts;
    this.records = records;
    this.events = events;
    this.links = links;
    this.secrets = secrets;
    this.notices = notices;
    this.clock = clock;
  }

  /** Opens the imported ID with its applications, on its timeline as imported by {@code by} from {@code source}. */
  @Transactional
  public AccountView open(ImportedAccount imported, String by, String source) {
    // no password: the ID cannot log in until its owner sets one by the emailed link
    AccountView view = accounts.provision(new NewAccount(imported.userId(), imported.pdn(), imported.firstName(),
        imported.lastName(), imported.email(), imported.businessPhone(), imported.role(),
        secrets.noPasswordYet(), List.of(), imported.applications(), null));
    DealerUser user = records.entity(view.userId());
    user.setLastLoginAt(imported.lastUsedAt());
    Instant now = clock.instant();
    events.save(new AccountEvent(user.getId(), now, by, "IMPORTED", "Imported from the old portal (" + source
        + "), last used " + imported.lastUsedAt() + ", applications: "
        + (imported.applications().isEmpty() ? "none" : String.join(", ", imported.applications()))));
    notices.publishEvent(new AccountNotice(WELCOME + ":" + user.getUserId(), user.getUserId(), WELCOME,
        List.of(user.getEmail()), Map.of("setPasswordLink", links.linkFor(user.getUserId(), user.getPasswordHash()))));
    return records.view(user);
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
        "Password and online challenge questions chosen by the owner"));
  }
}
