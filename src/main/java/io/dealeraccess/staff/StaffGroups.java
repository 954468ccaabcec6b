package io.dealeraccess.staff;

/** The Camunda groups of help-desk staff and analysts. */
public final class StaffGroups {

  public static final String HELPDESK = "helpdesk";
  public static final String HELPDESK_SUPERVISORS = "helpdesk-supervisors";
  public static final String ANALYSTS = "analysts";
  /** The lender's master data and imports: dealerships, the old portal's user IDs. */
  public static final String ACCESS_ADMINS = "access-admins";
  /**
   * The engine's own administrators' group (every permission; Camunda's setup page is open while it has no member):
   * the engine's constant, so a fork that names it otherwise fails the build, not the setup page.
   */
  public static final String CAMUNDA_ADMIN = org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN;

  private StaffGroups() {}
}
