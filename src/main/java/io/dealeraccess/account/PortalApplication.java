package io.dealeraccess.account;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An application of the dealer portal that a user ID can be granted (catalog, seeded by Flyway). */
@Entity
public class PortalApplication {

  @Id
  private String code;
  private String name;
  private String description;
  private boolean needsExtraSteps;
  private boolean requestable;
  private int sortOrder;

  protected PortalApplication() {}

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }

  public boolean isNeedsExtraSteps() {
    return needsExtraSteps;
  }

  public boolean isRequestable() {
    return requestable;
  }

  public int getSortOrder() {
    return sortOrder;
  }
}
