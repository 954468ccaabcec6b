package io.dealeraccess.account;

/** The user's role at the dealership. Which role may hold which application is decided by application-eligibility.dmn. */
public enum DealerRole {
  OWNER("Owner / Principal"),
  GENERAL_MANAGER("General Manager"),
  OFFICE_MANAGER("Office Manager / Controller"),
  FINANCE_MANAGER("Finance & Insurance Manager"),
  SALES_MANAGER("Sales Manager"),
  USED_CAR_MANAGER("Used Car Manager"),
  SALESPERSON("Salesperson"),
  TITLE_CLERK("Title Clerk"),
  ACCOUNTING("Accounting");

  private final String label;

  DealerRole(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The label of a stored role name; an unknown name is shown as it is. */
  public static String labelOf(String name) {
    for (DealerRole role : values()) {
      if (role.name().equals(name)) {
        return role.label();
      }
    }
    return name;
  }

}
