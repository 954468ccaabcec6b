package io.dealeraccess.review;

import static io.dealeraccess.review.GuardLookups.field;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobsRetriesBatchCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractUpdateProcessInstancesSuspendStateCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteJobCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.EvaluateStartConditionCmd;
import org.camunda.bpm.engine.impl.cmd.GetExecutionVariableCmd;
import org.camunda.bpm.engine.impl.cmd.GetExecutionVariableTypedCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmdTyped;
import org.camunda.bpm.engine.impl.cmd.RecalculateJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobRetriesCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * The review guard's rules for staff calls that are not decisions: the engine's housekeeping (suspension, jobs and
 * their timers, deleting tasks) and calls about a task or execution that does not exist.
 */
final class StaffHousekeepingRules {

  private final GuardLookups lookups;

  StaffHousekeepingRules(GuardLookups lookups) {
    this.lookups = lookups;
  }

  /**
   * Found by the outside tester: an administrator could suspend a request process (every registration then failed
   * with a 500 and a suspended review could not be decided) or delete, suspend, postpone or switch off a review's
   * SLA timer (its escalation then never fired). For staff, administrators included: nothing is suspended or
   * activated, no job or task deleted, no job's retries set to zero; a job's due date only moves earlier (to run a
   * timer sooner, never to hide it). Cockpit's "retry" of a failed job (retries back above zero) stays.
   */
  void timersAndStates(Command<?> command) {
    if (command instanceof AbstractSetStateCmd || command instanceof AbstractUpdateProcessInstancesSuspendStateCmd) {
      throw new AuthorizationException("Nothing of Dealer Access Desk is suspended or activated by hand: a "
          + "suspended request can be neither submitted nor decided, and its timers stop.");
    }
    if (command instanceof DeleteJobCmd || command instanceof RecalculateJobDuedateCmd) {
      throw new AuthorizationException("A job is not deleted or re-dated by hand: a review's SLA timer is its "
          + "escalation.");
    }
    if (command instanceof DeleteTaskCmd) {
      // the engine's answer is a 500 for a task of a running process
      throw new AuthorizationException("A review is not deleted: it ends with the help desk's decision or the "
          + "request's expiry.");
    }
    if ((command instanceof SetJobRetriesCmd || command instanceof AbstractSetJobsRetriesBatchCmd)
        && (int) field(command, "retries") < 1) {
      throw new AuthorizationException("A job's retries are not set to zero by hand: that would switch it off.");
    }
    if (command instanceof SetJobDuedateCmd) {
      java.util.Date moved = field(command, "newDuedate");
      String jobId = field(command, "jobId");
      java.util.Date due = lookups.jobDuedate(jobId);
      if (moved == null || (due != null && moved.after(due))) {
        throw new AuthorizationException("A job's due date only moves earlier: a review's SLA timer is never "
            + "postponed or removed by hand.");
      }
    }
  }

  /**
   * A staff call about a task or execution that does not exist (decided meanwhile, a typo): the engine answers
   * some of these with a 500 and a NullPointerException; here it is a 400 that says so. Conditional start events
   * are used by no process of this product: evaluating them is refused rather than failing inside the engine.
   */
  void unknownTaskOrExecution(Command<?> command) {
    if (command instanceof EvaluateStartConditionCmd) {
      throw new AuthorizationException("No process of Dealer Access Desk starts on a condition.");
    }
    if (GuardedCommands.READS_OF_A_TASK.stream().anyMatch(read -> read.isInstance(command))) {
      String taskId = field(command, "taskId");
      if (lookups.reviewTask(taskId) == null) {
        throw new BadUserRequestException("There is no task " + taskId + ": it may have been completed already.");
      }
    } else if (GuardedCommands.READS_OF_AN_EXECUTION.stream().anyMatch(read -> read.isInstance(command))) {
      String executionId = field(command, "executionId");
      if (!lookups.executionExists(executionId)) {
        throw new BadUserRequestException("There is no running process instance or execution " + executionId
            + ": it may have ended already.");
      }
    }
  }

  /** A staff read of one variable of a task or execution that does not exist. */
  boolean isOneVariableOfNothing(Command<?> command) {
    if (lookups.staff() == null) {
      return false;
    }
    if (command instanceof GetTaskVariableCmd || command instanceof GetTaskVariableCmdTyped) {
      return lookups.reviewTask(field(command, "taskId")) == null;
    }
    if (command instanceof GetExecutionVariableCmd || command instanceof GetExecutionVariableTypedCmd) {
      return !lookups.executionExists(field(command, "executionId"));
    }
    return false;
  }
}
