package io.dealeraccess.account;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgot user ID: the PDN and an email address get an email, to that address, naming the user ID it holds at that
 * PDN, or saying it holds none. Only the mailbox's owner learns the answer; the page says the same either way. An
 * address gets at most {@link #EMAILS_PER_HOUR} such emails an hour, so the page cannot fill a stranger's mailbox.
 */
@Service
@Transactional
public class UserIdReminders {

  public static final int EMAILS_PER_HOUR = 3;
  private static final List<String> EMAILED = List.of("ID_SENT", "NONE_HELD");

  private final DealerUserRepository users;
  private final RecoveryRecords records;

  UserIdReminders(DealerUserRepository users, RecoveryRecords records) {
    this.users = users;
    this.records = records;
  }

  public void remind(String pdn, String typedEmail) {
    String email = RecoveryRecords.email(typedEmail);
    if (records.lastHour(RecoveryRequest.Kind.USER_ID, email, EMAILED) >= EMAILS_PER_HOUR) {
      records.request(RecoveryRequest.Kind.USER_ID, null, pdn, email, null, "LIMITED");
      return;
    }
    List<DealerUser> held = users.findHeldAt(email, pdn);
    if (held.isEmpty()) {
      records.request(RecoveryRequest.Kind.USER_ID, null, pdn, email, null, "NONE_HELD");
      records.notify(null, "user-id-reminder", email, Map.of("pdn", pdn, "heldIds", List.of(),
          "inactiveIds", List.of()));
      return;
    }
    for (DealerUser user : held) {
      records.request(RecoveryRequest.Kind.USER_ID, null, pdn, email, user, "ID_SENT");
      records.event(user, RecoveryRecords.VISITOR, "USER_ID_REMINDER_SENT",
          "Forgot user ID: the user ID was emailed to the address on file");
    }
    DealerUser first = held.get(0);
    records.notify(first, "user-id-reminder", first.getEmail(), Map.of("pdn", pdn,
        "heldIds", held.stream().map(DealerUser::getUserId).toList(),
        "inactiveIds", held.stream().filter(user -> user.getStatus() == DealerUserStatus.INACTIVE)
            .map(DealerUser::getUserId).toList()));
  }
}
