package io.dealeraccess.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dealeraccess.account.AccountNotice;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What operators see of the account emails not sent yet (staff page "Emails waiting", the metric
 * {@code dealeraccess_account_emails_pending}): the oldest first, by kind and user ID. The notice's values are not
 * read: a set-password or email-change link holds a token.
 */
@Component
public class PendingEmails {

  /** What each account email is, in the help desk's words. */
  private static final Map<String, String> KINDS = Map.ofEntries(
      Map.entry("profile-changed", "Your profile was changed"),
      Map.entry("email-change-confirm", "Confirm your new email address"),
      Map.entry("email-changed", "Your email address was changed (to the old address)"),
      Map.entry("idle-warning", "Inactivity warning (50 days)"),
      Map.entry("user-id-inactive", "Your user ID is inactive (60 days)"),
      Map.entry("dealership-deactivated", "Your user ID is deactivated (dealership no longer active)"),
      Map.entry("password-reset-link", "Password reset link"),
      Map.entry("password-reset-not-possible", "Password reset not possible (why)"),
      Map.entry("password-reset-done", "Your password was reset"),
      Map.entry("user-id-reminder", "Forgot user ID (the ID, or none, to the address typed)"),
      Map.entry("legacy-id-welcome", "Your user ID is moved to the new portal (set-password link)"),
      Map.entry("set-password-link", "A new link to set the first password"));

  private final JdbcTemplate jdbc;
  private final ObjectMapper json;

  PendingEmails(JdbcTemplate jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** One account email recorded with its change and not sent yet. */
  public record Pending(String kind, String userId, Instant recordedAt) {}

  public long count() {
    return jdbc.queryForObject("select count(*) from event_publication where completion_date is null", Long.class);
  }

  /** The oldest {@code limit} waiting, oldest first. */
  public List<Pending> oldest(int limit) {
    return jdbc.query("select serialized_event, event_type, publication_date from event_publication "
        + "where completion_date is null order by publication_date fetch first ? rows only", (row, i) -> {
          Instant recorded = row.getTimestamp("publication_date").toInstant();
          if (!AccountNotice.class.getName().equals(row.getString("event_type"))) {
            return new Pending(row.getString("event_type"), "", recorded);
          }
          JsonNode notice = read(row.getString("serialized_event"));
          String template = notice.path("template").asText();
          return new Pending(KINDS.getOrDefault(template, template), notice.path("userId").asText(""), recorded);
        }, limit);
  }

  private JsonNode read(String serialized) {
    try {
      return json.readTree(serialized);
    } catch (com.fasterxml.jackson.core.JsonProcessingException unreadable) {
      return json.createObjectNode();
    }
  }
}
