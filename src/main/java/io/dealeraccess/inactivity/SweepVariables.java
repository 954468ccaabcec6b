package io.dealeraccess.inactivity;

/** What a run of inactive-user-id-sweep leaves in Cockpit. */
public final class SweepVariables {

  public static final String WARNED_USER_IDS = "warnedUserIds";
  public static final String WARNED_COUNT = "warnedCount";
  public static final String MADE_INACTIVE_USER_IDS = "madeInactiveUserIds";
  public static final String MADE_INACTIVE_COUNT = "madeInactiveCount";

  private SweepVariables() {}
}
