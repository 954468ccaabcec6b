package io.dealeraccess.profile;

import io.dealeraccess.web.BusinessPhone;
import io.dealeraccess.web.FormText;
import io.dealeraccess.web.PersonName;
import jakarta.validation.constraints.NotBlank;

/** Edit profile: name, business phone and role. */
class ProfileForm {

  @NotBlank(message = "Enter your first name.")
  @PersonName
  private String firstName;

  @NotBlank(message = "Enter your last name.")
  @PersonName
  private String lastName;

  @NotBlank(message = "Enter your business phone number.")
  @BusinessPhone
  private String businessPhone;

  @NotBlank(message = "Choose your role at the dealership.")
  private String role;

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = FormText.clean(firstName);
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = FormText.clean(lastName);
  }

  public String getBusinessPhone() {
    return businessPhone;
  }

  public void setBusinessPhone(String businessPhone) {
    this.businessPhone = FormText.clean(businessPhone);
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = FormText.clean(role);
  }
}
