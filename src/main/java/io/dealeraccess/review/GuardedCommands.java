package io.dealeraccess.review;

import io.dealeraccess.request.SmartAuctionSteps;
import io.dealeraccess.request.RequestType;
import io.dealeraccess.request.RequestVariables;
import io.dealeraccess.staff.StaffGroups;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.batch.RestartProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateAllMessageCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteDeploymentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessDefinitionsByIdsCmd;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.GetExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.GetExternalTaskErrorDetailsCmd;
import org.camunda.bpm.engine.impl.cmd.GetHistoricExternalTaskLogErrorDetailsCmd;
import org.camunda.bpm.engine.impl.cmd.GetHistoricJobLogExceptionStacktraceCmd;
import org.camunda.bpm.engine.impl.cmd.GetIdentityLinksForTaskCmd;
import org.camunda.bpm.engine.impl.cmd.GetJobExceptionStacktraceCmd;
import org.camunda.bpm.engine.impl.cmd.GetRenderedTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.PatchExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationBatchCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RestartProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskDescriptionCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskDueDateCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskFollowUpDateCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskNameCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;

/** The engine commands and names the review guard's rules are about (classes, so a rename fails the build). */
final class GuardedCommands {

  private GuardedCommands() {}

  /** Engine commands that write process data by hand: refused for staff (classes, so a rename fails the build). */
  static final List<Class<?>> REFUSED_FOR_STAFF = List.of(
      SetTaskVariablesCmd.class, PatchTaskVariablesCmd.class, RemoveTaskVariablesCmd.class,
      SetExecutionVariablesCmd.class, PatchExecutionVariablesCmd.class, RemoveExecutionVariablesCmd.class,
      SetVariablesToProcessInstancesBatchCmd.class,
      HandleTaskBpmnErrorCmd.class, HandleTaskEscalationCmd.class,
      CorrelateMessageCmd.class, CorrelateAllMessageCmd.class, MessageEventReceivedCmd.class, SignalCmd.class,
      SignalEventReceivedCmd.class,
      ModifyProcessInstanceCmd.class, ModifyProcessInstanceAsyncCmd.class, ProcessInstanceModificationBatchCmd.class,
      StartProcessInstanceAtActivitiesCmd.class, RestartProcessInstancesCmd.class,
      RestartProcessInstancesBatchCmd.class,
      // the review's name, due date and people are the process's: nobody edits or delegates them by hand
      SaveTaskCmd.class, SetTaskNameCmd.class, SetTaskDueDateCmd.class, SetTaskDescriptionCmd.class,
      SetTaskPriorityCmd.class, SetTaskFollowUpDateCmd.class, DelegateTaskCmd.class,
      // processes are deployed with the application only: a BPMN file posted over REST could replace a request
      // process and every rule in it
      DeployCmd.class, DeleteDeploymentCmd.class, DeleteProcessDefinitionsByIdsCmd.class);

  /**
   * Commands only an administrator may send. Executing a job by hand: the engine counts a refusal inside the job as
   * a failure (a retry spent, the due date moved), so an SLA timer could be made to fire early; the refusal must come
   * before the job runs. Exception stack traces: they name the application's inner classes.
   */
  static final List<Class<?>> ADMINISTRATORS_ONLY = List.of(ExecuteJobsCmd.class,
      GetJobExceptionStacktraceCmd.class, GetHistoricJobLogExceptionStacktraceCmd.class,
      GetExternalTaskErrorDetailsCmd.class, GetHistoricExternalTaskLogErrorDetailsCmd.class);

  /**
   * Staff reads of one task: refused with a 400 when the task does not exist (the engine's answer is a 500). A read of
   * one variable of a task or execution that does not exist finds no variable (404).
   */
  static final List<Class<?>> READS_OF_A_TASK = List.of(GetDeployedTaskFormCmd.class, GetRenderedTaskFormCmd.class,
      GetTaskVariablesCmd.class, GetIdentityLinksForTaskCmd.class, DeleteIdentityLinkCmd.class);

  /** Staff reads of one execution's variables: the same. */
  static final List<Class<?>> READS_OF_AN_EXECUTION = List.of(GetExecutionVariablesCmd.class);

  static final Set<String> DECISION_VARIABLES = Set.of(RequestVariables.APPROVED, RequestVariables.DENIAL_CODE,
      RequestVariables.DENIAL_REASON);

  static final Set<String> REVIEWER_GROUPS = Set.of(StaffGroups.HELPDESK, StaffGroups.HELPDESK_SUPERVISORS);

  /** The processes that work on a request: every request process and SmartAuction's additional steps. */
  static final Set<String> REQUEST_PROCESSES = Stream.concat(
      Arrays.stream(RequestType.values()).map(RequestType::processKey),
      Stream.of(SmartAuctionSteps.PROCESS)).collect(Collectors.toUnmodifiableSet());

  /** The processes only the product starts: the request processes, and a dealership's inactivation. */
  static final Set<String> PRODUCT_STARTED = Stream.concat(REQUEST_PROCESSES.stream(),
      Stream.of(io.dealeraccess.offboarding.OffboardingVariables.PROCESS)).collect(Collectors.toUnmodifiableSet());
}
