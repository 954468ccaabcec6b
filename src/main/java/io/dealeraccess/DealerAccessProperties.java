package io.dealeraccess;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * Everything under {@code dealeraccess.*} but the retention rules ({@code database/RetentionProperties}): every key
 * the application reads is declared here, its default is in {@code application.yaml} (the one place), and a value
 * out of range stops the start with the key's name. The lender's name is configuration so the product stays
 * white-label.
 */
@Validated
@ConfigurationProperties(prefix = "dealeraccess")
public record DealerAccessProperties(
    @NotBlank String lenderName,
    @NotBlank String portalName,
    @NotBlank String helpDeskPhone,
    @NotBlank String baseUrl,
    @Valid @NotNull Captcha captcha,
    @Valid @NotNull Mail mail,
    @Valid @NotNull Sla sla,
    @Valid @NotNull DemoData demoData,
    @Valid @NotNull Security security,
    @Valid @NotNull HelpDeskHours helpDeskHours,
    @Valid @NotNull Admin admin,
    @Valid @NotNull RateLimit rateLimit,
    @Valid @NotNull Inactivity inactivity,
    @Valid @NotNull Brand brand) {

  /**
   * The lender's look on every page: a logo beside the lender's name (SVG or PNG), a favicon, and the primary colour
   * of buttons, links and the header's rule. The colour must keep 4.5:1 against the header's background (WCAG AA),
   * checked at start.
   */
  public record Brand(@NotNull Resource logo, @NotNull Resource favicon,
      @NotNull @jakarta.validation.constraints.Pattern(regexp = "#[0-9a-fA-F]{6}",
          message = "must be a colour like #1f4e79") String primaryColour) {}

  public record Captcha(boolean enabled) {}

  /**
   * Outgoing mail. {@code sendInline}: account emails sent on the committing thread (the tests), not on the
   * application's two mail threads; {@code resendPending}: the minute's resend of account emails not sent yet;
   * {@code idleConnections} SMTP connections kept open between emails, each for at most {@code connectionMaxAge}.
   */
  public record Mail(@NotBlank String from, @Valid @NotNull EmbeddedServer embeddedServer, boolean sendInline,
      boolean resendPending, @Min(0) int idleConnections, @NotNull Duration connectionMaxAge) {

    /**
     * The local SMTP server and mailbox page of the embedded default: its port (0: any free one), and how many emails
     * it keeps.
     */
    public record EmbeddedServer(boolean enabled, @Min(0) @Max(65535) int port, @Positive int keep) {}
  }

  /** The one-business-day rule: business days in {@code zone}, federal holidays (a Jollyday file), close of business. */
  public record Sla(@NotNull ZoneId zone, @NotNull LocalTime closeOfBusiness, @NotNull Resource holidays) {}

  public record DemoData(boolean enabled) {}

  /** Signs the links in emails; {@code bcryptStrength} is the BCrypt cost of passwords and security answers. */
  public record Security(@NotBlank String tokenSecret, @Min(4) @Max(31) int bcryptStrength) {}

  /** The first Camunda administrator (group camunda-admin, every permission), created at the first start. */
  public record Admin(@NotBlank String id, @NotBlank String password, String firstName, String lastName,
      String email) {}

  /** When the help desk answers the phone, as shown on the Help page; {@code timeZone} names the zone of the times. */
  public record HelpDeskHours(String timeZone, java.util.List<Opening> openings) {
    public record Opening(String days, String hours) {}
  }

  /** Posts to the login and the public forms per client address and minute (staff logins and captchas follow). */
  public record RateLimit(@Positive int postsPerMinute) {}

  /** The 60-day inactivity lifecycle and its daily sweep (a Camunda cron, seconds first, the engine's zone). */
  public record Inactivity(@NotBlank String sweepCron, @Positive int warnAfterDays, @Positive int inactiveAfterDays,
      @Positive int batchSize) {}
}
