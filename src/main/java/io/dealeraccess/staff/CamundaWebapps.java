package io.dealeraccess.staff;

/**
 * Where Camunda's web apps and their API live, named once (the application sets
 * {@code camunda.bpm.webapp.application-path} to {@link #PATH}; {@code CamundaWebappsTest} holds the two together).
 * A fork of the engine may ship its web apps under another path: change it here and in {@code application.yaml}.
 */
public final class CamundaWebapps {

  /** {@code camunda.bpm.webapp.application-path}. */
  public static final String PATH = "/camunda";
  public static final String TASKLIST = PATH + "/app/tasklist/";
  public static final String COCKPIT = PATH + "/app/cockpit/";
  /** The web apps' own login endpoint (Tasklist, Cockpit, Admin). */
  public static final String LOGIN_API = PATH + "/api/admin/auth/user/";
  /** The first-administrator setup page's API: Camunda opens it only while no member of the admin group exists. */
  public static final String SETUP_API = PATH + "/api/admin/setup/";

  private CamundaWebapps() {}
}
