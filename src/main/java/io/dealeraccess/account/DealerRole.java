package io.dealeraccess.account;

import java.util.Optional;

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

  /** The role a file names by its code ({@code FINANCE_MANAGER}) or its label, case and spaces aside. */
  public static Optional<DealerRole> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String wanted = text.strip().replaceAll("\\s+", " ");
    for (DealerRole role : values()) {
      if (role.name().equalsIgnoreCase(wanted.replace(' ', '_')) || role.label().equalsIgnoreCase(wanted)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}
