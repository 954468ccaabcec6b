package io.dealeraccess.review;

import io.dealeraccess.request.RequestVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Names a review task for the help-desk queue: "Review new user ID request · R-… · Dealership". The diagram keeps the
 * plain name analysts read in Cockpit.
 */
@Component
class ReviewTaskNaming implements TaskListener {

  static final String SEPARATOR = " · ";

  @Override
  public void notify(DelegateTask task) {
    task.setName(task.getName() + SEPARATOR + task.getVariable(RequestVariables.REFERENCE) + SEPARATOR
        + task.getVariable(RequestVariables.DEALERSHIP_NAME));
  }
}
