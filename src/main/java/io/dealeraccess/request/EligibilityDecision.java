package io.dealeraccess.request;

import java.util.List;

/**
 * What the process's business rule task decided with the eligibility table (processes/application-eligibility.dmn):
 * the role it decided on and the applications that role may hold. The automated checks judge eligibility by it alone.
 */
public record EligibilityDecision(String role, List<String> applications) {

  public EligibilityDecision {
    applications = List.copyOf(applications);
  }
}
