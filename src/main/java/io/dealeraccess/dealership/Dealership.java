package io.dealeraccess.dealership;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A dealership known to the lender by its five-digit Primary Dealer Number (PDN). */
@Entity
public class Dealership {

  @Id
  private String pdn;
  private String name;
  private boolean active;

  protected Dealership() {}

  public Dealership(String pdn, String name, boolean active) {
    this.pdn = pdn;
    this.name = name;
    this.active = active;
  }

  public String getPdn() {
    return pdn;
  }

  public String getName() {
    return name;
  }

  public boolean isActive() {
    return active;
  }
}
