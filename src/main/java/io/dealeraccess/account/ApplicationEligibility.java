package io.dealeraccess.account;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Which role may hold which application: the DMN table processes/application-eligibility.dmn decides. */
@Component
public class ApplicationEligibility {

  public static final String DECISION = "application-eligibility";

  private final DecisionService decisions;

  ApplicationEligibility(DecisionService decisions) {
    this.decisions = decisions;
  }

  public boolean isEligible(String role, String application) {
    if (role == null || application == null) {
      return false;
    }
    Object eligible = decisions.evaluateDecisionTableByKey(DECISION)
        .variables(Variables.createVariables().putValue("role", role).putValue("application", application))
        .evaluate()
        .getSingleResult()
        .getSingleEntry();
    return Boolean.TRUE.equals(eligible);
  }
}
