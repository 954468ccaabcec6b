package io.dealeraccess.account;

import java.util.List;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Which role may hold which application: the DMN table processes/application-eligibility.dmn decides, one
 * evaluation per role (a COLLECT table: the applications the role may hold). The request processes evaluate the same
 * table in their business rule task; the forms, the reviewer's context and the role change's approval ask it here.
 */
@Component
public class ApplicationEligibility {

  public static final String DECISION = "application-eligibility";
  /** The table's input: a role code ({@link DealerRole#name()}). */
  public static final String ROLE = "role";
  /** The table's output: an application code, one per matching row. */
  public static final String APPLICATION = "application";

  private final DecisionService decisions;

  ApplicationEligibility(DecisionService decisions) {
    this.decisions = decisions;
  }

  /** The codes of the applications this role may hold, in the table's order; none for no role. */
  public List<String> applicationsFor(String role) {
    if (role == null) {
      return List.of();
    }
    List<String> applications = decisions.evaluateDecisionTableByKey(DECISION)
        .variables(Variables.createVariables().putValue(ROLE, role))
        .evaluate()
        .collectEntries(APPLICATION);
    return List.copyOf(applications);
  }

  public boolean isEligible(String role, String application) {
    return application != null && applicationsFor(role).contains(application);
  }
}
