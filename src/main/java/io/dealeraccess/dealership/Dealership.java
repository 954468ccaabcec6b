package io.dealeraccess.dealership;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.data.domain.Persistable;

/**
 * A dealership known to the lender by its five-digit Primary Dealer Number (PDN). One made here is new: saving it
 * inserts it without first reading its PDN (the master file adds thousands).
 */
@Entity
public class Dealership implements Persistable<String> {

  @Id
  private String pdn;
  private String name;
  private boolean active;
  private String address;
  private String phone;
  @Transient
  private boolean isNew;

  protected Dealership() {}

  public Dealership(String pdn, String name, boolean active) {
    this(pdn, name, active, null, null);
  }

  public Dealership(String pdn, String name, boolean active, String address, String phone) {
    this.pdn = pdn;
    this.name = name;
    this.active = active;
    this.address = address;
    this.phone = phone;
    this.isNew = true;
  }

  @Override
  public String getId() {
    return pdn;
  }

  @Override
  public boolean isNew() {
    return isNew;
  }

  @PostLoad
  @PostPersist
  void stored() {
    isNew = false;
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

  public String getAddress() {
    return address;
  }

  public String getPhone() {
    return phone;
  }

  /** What would change if the master data said this; empty when nothing would. */
  List<String> differences(DealershipRecord record) {
    List<String> changes = new ArrayList<>();
    if (!name.equals(record.name())) {
      changes.add("name \"" + name + "\" → \"" + record.name() + "\"");
    }
    if (active != record.active()) {
      changes.add(record.active() ? "active again" : "inactive");
    }
    String newAddress = DealershipRecord.after(record.address(), address);
    if (!Objects.equals(address, newAddress)) {
      changes.add("address " + (newAddress == null ? "removed" : "\"" + newAddress + "\""));
    }
    String newPhone = DealershipRecord.after(record.phone(), phone);
    if (!Objects.equals(phone, newPhone)) {
      changes.add("phone " + (newPhone == null ? "removed" : newPhone));
    }
    return changes;
  }

  void update(DealershipRecord record) {
    this.name = record.name();
    this.active = record.active();
    this.address = DealershipRecord.after(record.address(), address);
    this.phone = DealershipRecord.after(record.phone(), phone);
  }
}
