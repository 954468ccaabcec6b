package io.dealeraccess.request;

import java.util.List;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * The one way the product's services (not its delegates and listeners) reach the request processes: start one,
 * deliver a message it waits for, tell the reviewer something new, count the open reviews. A process is always found
 * by its business key, the request's reference, or by the instance the request recorded.
 */
@Component
public class RequestProcesses {

  /** The review task's id in every request process (ProcessContractTest checks it). */
  static final String REVIEW_TASK = "Task_ReviewRequest";

  private final RuntimeService runtime;
  private final TaskService tasks;

  RequestProcesses(RuntimeService runtime, TaskService tasks) {
    this.runtime = runtime;
    this.tasks = tasks;
  }

  /** Starts the request's process with the variables it routes on and Tasklist shows; returns its instance id. */
  String start(RequestView request, List<String> applicationNames) {
    return runtime.startProcessInstanceByKey(request.requestType().processKey(), request.reference(),
        StartVariables.forStart(request, applicationNames)).getId();
  }

  /** Whether the request's process waits for this message now. */
  public boolean isWaitingFor(String message, String reference) {
    return runtime.createExecutionQuery().processInstanceBusinessKey(reference)
        .messageEventSubscriptionName(message).count() > 0;
  }

  /**
   * Delivers the message to the request's process.
   *
   * @throws ProcessNotWaitingException when it does not wait for it (yet); the caller's transaction then rolls back
   */
  public void deliver(String message, String reference) {
    try {
      runtime.createMessageCorrelation(message).processInstanceBusinessKey(reference).correlateWithResult();
    } catch (MismatchingMessageCorrelationException e) {
      throw new ProcessNotWaitingException(message, reference, e);
    }
  }

  /** Updates what the reviewer reads of the request (a variable of its process). */
  void showReviewer(String processInstanceId, String variable, String value) {
    runtime.setVariable(processInstanceId, variable, value);
  }

  /** Review tasks waiting in Tasklist, over every request process. */
  long openReviews() {
    return tasks.createTaskQuery().taskDefinitionKey(REVIEW_TASK).count();
  }
}
