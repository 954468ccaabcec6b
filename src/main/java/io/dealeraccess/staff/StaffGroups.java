package io.dealeraccess.staff;

/** The Camunda groups of help-desk staff and analysts. */
public final class StaffGroups {

  public static final String HELPDESK = "helpdesk";
  public static final String HELPDESK_SUPERVISORS = "helpdesk-supervisors";
  public static final String ANALYSTS = "analysts";
  public static final String CAMUNDA_ADMIN = "camunda-admin";

  private StaffGroups() {}
}
