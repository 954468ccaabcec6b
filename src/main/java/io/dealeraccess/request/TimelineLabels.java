package io.dealeraccess.request;

import java.util.Map;

/** How the events of a request read on a timeline. */
public final class TimelineLabels {

  private static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry("SUBMITTED", "Submitted"),
      Map.entry("EMAIL_CONFIRMED", "Email address confirmed"),
      Map.entry("LOCKED", "User ID locked until the decision"),
      Map.entry("NOT_VERIFIED", "Requester not verified: the user ID keeps working until the decision"),
      Map.entry("CHECKS_PASSED", "Automated checks passed"),
      Map.entry("CHECKS_FAILED", "Automated checks failed"),
      Map.entry("IN_REVIEW", "In review by the help desk"),
      Map.entry("SLA_BREACHED", "Review overdue; supervisors alerted"),
      Map.entry("APPROVED", "Approved"),
      Map.entry("DENIED", "Denied"),
      Map.entry("PROVISIONED", "Completed"),
      Map.entry(RequestHistory.ROLE_REMOVED_APPLICATIONS, "Applications the new role may not hold removed"),
      Map.entry("UNLOCKED", "User ID unlocked"),
      Map.entry("EXPIRED", "Expired"),
      Map.entry("EMAIL_SENT", "Email sent"),
      Map.entry("SMARTAUCTION_TERMS_ACCEPTED", "SmartAuction terms accepted"),
      Map.entry("SMARTAUCTION_VERIFIED", "SmartAuction enrollment verified"),
      Map.entry("SMARTAUCTION_REJECTED", "SmartAuction enrollment not verified"),
      Map.entry("SMARTAUCTION_GRANTED", "SmartAuction added"));

  private TimelineLabels() {}

  public static String of(String eventType) {
    return LABELS.getOrDefault(eventType, eventType);
  }
}
