package io.dealeraccess.offboarding;

import java.util.Set;

/**
 * The variables of inactive-dealership, for Tasklist and Cockpit. What the steps act on is the dealership the
 * instance was started for (its business key, the PDN) and the database, never these copies.
 */
public final class OffboardingVariables {

  public static final String PROCESS = "inactive-dealership";
  public static final String PDN = "pdn";
  public static final String DEALERSHIP_NAME = "dealershipName";
  /** Who made the dealership inactive (an access administrator, or the dealer system's API user). */
  public static final String INACTIVATED_BY = "inactivatedBy";
  public static final String USER_ID_COUNT = "userIdCount";
  /** When the help desk's confirmation is due: one business day, as a review (sla/BusinessCalendar). */
  public static final String DUE_AT = "dueAt";
  /** The IDs as a list for the help desk to read (at most {@link DealershipOffboarding#LISTED} of them). */
  public static final String USER_ID_LIST = "userIdList";
  /** The help desk's decision: the review's own names, so the engine's guard takes nothing else. */
  public static final String APPROVED = "approved";
  public static final String DENIAL_REASON = "denialReason";
  public static final String MORE_TO_DEACTIVATE = "moreToDeactivate";
  public static final String DEACTIVATED_COUNT = "deactivatedCount";

  /** Every declared name, for the contract test. */
  public static final Set<String> ALL = Set.of(PDN, DEALERSHIP_NAME, INACTIVATED_BY, USER_ID_COUNT, DUE_AT,
      USER_ID_LIST,
      APPROVED, DENIAL_REASON, MORE_TO_DEACTIVATE, DEACTIVATED_COUNT);

  private OffboardingVariables() {}
}
