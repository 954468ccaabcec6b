package io.dealeraccess.inactivity;

/** What a run of inactive-user-id-sweep leaves in Cockpit. */
public final class SweepVariables {

  /** Counts so far in this run, batch by batch (Cockpit shows them while it runs). */
  public static final String WARNED_COUNT = "warnedCount";
  public static final String MADE_INACTIVE_COUNT = "madeInactiveCount";
  /** Whether the last batch was full, so another one follows. */
  public static final String MORE_TO_WARN = "moreToWarn";
  public static final String MORE_TO_MAKE_INACTIVE = "moreToMakeInactive";

  /** Every declared name, for the contract test. */
  public static final java.util.Set<String> ALL = java.util.Set.of(WARNED_COUNT, MADE_INACTIVE_COUNT, MORE_TO_WARN,
      MORE_TO_MAKE_INACTIVE);

  private SweepVariables() {}
}
