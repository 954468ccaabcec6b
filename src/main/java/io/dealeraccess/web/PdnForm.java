package io.dealeraccess.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** Registration step 1: the dealership's Primary Dealer Number. */
public class PdnForm {

  @NotBlank(message = "Enter your dealership's PDN.")
  @Pattern(regexp = "\\d{5}", message = "A PDN is exactly five digits.")
  private String pdn;

  public String getPdn() {
    return pdn;
  }

  public void setPdn(String pdn) {
    this.pdn = FormText.clean(pdn);
  }
}
