package io.dealeraccess.review;

import io.dealeraccess.request.RequestKey;
import io.dealeraccess.request.RequestService;
import io.dealeraccess.request.RequestType;
import io.dealeraccess.request.RequestVariables;
import io.dealeraccess.staff.StaffGroups;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.batch.RestartProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobsRetriesBatchCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractUpdateProcessInstancesSuspendStateCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateAllMessageCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteDeploymentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteJobCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessDefinitionsByIdsCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.cmd.EvaluateStartConditionCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.GetExecutionVariableCmd;
import org.camunda.bpm.engine.impl.cmd.GetExecutionVariableTypedCmd;
import org.camunda.bpm.engine.impl.cmd.GetExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.GetExternalTaskErrorDetailsCmd;
import org.camunda.bpm.engine.impl.cmd.GetHistoricExternalTaskLogErrorDetailsCmd;
import org.camunda.bpm.engine.impl.cmd.GetHistoricJobLogExceptionStacktraceCmd;
import org.camunda.bpm.engine.impl.cmd.GetIdentityLinksForTaskCmd;
import org.camunda.bpm.engine.impl.cmd.GetJobExceptionStacktraceCmd;
import org.camunda.bpm.engine.impl.cmd.GetRenderedTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmdTyped;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.PatchExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationBatchCmd;
import org.camunda.bpm.engine.impl.cmd.RecalculateJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.RestartProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobRetriesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskDescriptionCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskDueDateCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskFollowUpDateCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskNameCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.batch.DeleteProcessInstanceBatchCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.type.PrimitiveValueType;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;

/**
 * Inside the engine, on every path into it (engine REST, Tasklist's and Cockpit's API, any URL variant, Java): the
 * rules of the review that no caller may skip. It sees each command a caller sends before the engine runs it, so a
 * new REST endpoint or webapp that reaches the same command meets the same rule.
 * <ul>
 *   <li>Completing a task (complete, submit-form, resolve) carries only the decision: {@code approved},
 *   {@code denialCode}, {@code denialReason} (and the Tasklist form's own {@code decisionReady}, dropped unread).</li>
 *   <li>Staff calls complete or claim tasks only for members of the help desk.</li>
 *   <li>Staff calls never write process data by hand: no task or process variables, no messages, signals, BPMN
 *   errors or escalations, no modification or restart of an instance, and no request process started outside the
 *   product.</li>
 *   <li>Staff calls, administrators included, suspend or activate nothing, delete no job or task, and never postpone
 *   or switch off a job (a review's SLA timer is its escalation).</li>
 * </ul>
 * The product's own calls (dealer pages, delegates, jobs) carry no staff authentication and only the first rule
 * applies to them. Renaming tasks, moving due dates and assigning them to others is refused by Camunda's own
 * authorization: the help desk holds TASK_WORK, not UPDATE (see StaffSetup).
 */
@Component
class DecisionCommandGuard extends AbstractProcessEnginePlugin {

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

  /** The processes only the product starts: every request process and SmartAuction's additional steps. */
  static final Set<String> PRODUCT_STARTED = Stream.concat(
      Arrays.stream(RequestType.values()).map(RequestType::processKey),
      Stream.of(RequestService.SMARTAUCTION_PROCESS)).collect(Collectors.toUnmodifiableSet());

  /** Four eyes needs the request service, which needs the engine: looked up when a decision arrives. */
  private final ObjectProvider<FourEyes> fourEyes;

  DecisionCommandGuard(ObjectProvider<FourEyes> fourEyes) {
    this.fourEyes = fourEyes;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPreCommandInterceptorsTxRequired(withGuard(
        configuration.getCustomPreCommandInterceptorsTxRequired(), configuration));
    configuration.setCustomPreCommandInterceptorsTxRequiresNew(withGuard(
        configuration.getCustomPreCommandInterceptorsTxRequiresNew(), configuration));
  }

  private List<CommandInterceptor> withGuard(List<CommandInterceptor> existing,
      ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
    interceptors.add(new Interceptor(configuration, fourEyes));
    return interceptors;
  }

  private static final class Interceptor extends CommandInterceptor {

    private final ProcessEngineConfigurationImpl configuration;
    private final ObjectProvider<FourEyes> fourEyes;

    Interceptor(ProcessEngineConfigurationImpl configuration, ObjectProvider<FourEyes> fourEyes) {
      this.configuration = configuration;
      this.fourEyes = fourEyes;
    }

    @Override
    public <T> T execute(Command<T> command) {
      // only what a caller sends: commands the engine runs inside another one are the engine's own
      if (Context.getCommandContext() == null) {
        if (command instanceof FailedJobListener && isRefusedJobExecution()) {
          // the engine records any exception of a job executed by hand as the job's failure (a retry spent, the
          // due date moved): a refusal is not the job failing
          return null;
        }
        Command<T> actual = asRelease(command);
        if (isOneVariableOfNothing(actual)) {
          // what the engine answers for a variable that does not exist (REST: 404); its own answer for a missing
          // task or instance is a 500
          return null;
        }
        check(actual);
        return next.execute(actual);
      }
      return next.execute(command);
    }

    /**
     * Unclaim (engine REST's and Tasklist's {@code /unclaim}) is "assign to nobody", which needs TASK_ASSIGN; the help
     * desk holds TASK_WORK only, so the holder could not give back a review. For a reviewer it is run as what it
     * means, a claim by nobody, which is checked as one: only the holder (or an administrator) releases it.
     */
    @SuppressWarnings("unchecked")
    private <T> Command<T> asRelease(Command<T> command) {
      Authentication staff = configuration.getIdentityService().getCurrentAuthentication();
      if (command instanceof AssignTaskCmd && field(command, "userId") == null && staff != null
          && staff.getUserId() != null && isReviewer(staff)) {
        return (Command<T>) new ClaimTaskCmd(field(command, "taskId"), null);
      }
      return command;
    }

    /** A staff read of one variable of a task or execution that does not exist. */
    private boolean isOneVariableOfNothing(Command<?> command) {
      Authentication staff = configuration.getIdentityService().getCurrentAuthentication();
      if (staff == null || staff.getUserId() == null) {
        return false;
      }
      if (command instanceof GetTaskVariableCmd || command instanceof GetTaskVariableCmdTyped) {
        return reviewTask(field(command, "taskId")) == null;
      }
      if (command instanceof GetExecutionVariableCmd || command instanceof GetExecutionVariableTypedCmd) {
        return !executionExists(field(command, "executionId"));
      }
      return false;
    }

    private boolean executionExists(String executionId) {
      return configuration.getCommandExecutorTxRequired().execute(context -> executionId != null
          && context.getExecutionManager().findExecutionById(executionId) != null);
    }

    /** A staff member other than an administrator executing a job by hand: the guard refused it before it ran. */
    private boolean isRefusedJobExecution() {
      Authentication staff = configuration.getIdentityService().getCurrentAuthentication();
      return staff != null && staff.getUserId() != null && !isAdministrator(staff);
    }

    private void check(Command<?> command) {
      Authentication staff = configuration.getIdentityService().getCurrentAuthentication();
      boolean byStaff = staff != null && staff.getUserId() != null;
      if (byStaff) {
        unknownTaskOrExecution(command);
        timersAndStates(command);
      }
      if (command instanceof AbstractQuery<?, ?> query && (query.getFirstResult() < 0 || query.getMaxResults() < 0)) {
        // the engine's answer is a 500 from the database
        throw new BadUserRequestException("firstResult and maxResults must not be negative.");
      }
      if (byStaff && command instanceof ResolveTaskCmd) {
        // reviewers cannot delegate (no TASK_ASSIGN), so there is nothing of theirs to resolve
        throw new AuthorizationException("Reviews are not delegated: decide the review instead.");
      } else if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) {
        if (byStaff && !isReviewer(staff)) {
          throw new AuthorizationException("Only the help desk decides requests: " + staff.getUserId()
              + " is not a member of " + StaffGroups.HELPDESK + " or " + StaffGroups.HELPDESK_SUPERVISORS + ".");
        }
        Map<?, ?> variables = field(command, command instanceof SubmitTaskFormCmd ? "properties" : "variables");
        onlyDecision(variables);
        withoutFormCheck(variables);
        if (byStaff) {
          // checked here as well as in the completion listener, so that every path answers with the message (400)
          ReviewDecision decision = ReviewDecision.parse(value(variables, RequestVariables.APPROVED),
              value(variables, RequestVariables.DENIAL_CODE), value(variables, RequestVariables.DENIAL_REASON));
          String taskId = field(command, "taskId");
          ReviewTask task = reviewTask(taskId);
          if (task == null) {
            throw new InvalidReviewException(noReview(taskId));
          }
          if (task.assignee() != null && !task.assignee().equals(staff.getUserId())) {
            // found by the outside tester: a colleague's claimed review could still be completed over the API
            throw new AuthorizationException("This review is claimed by " + task.assignee()
                + ": only they decide it, or release it for you to claim.");
          }
          if (task.request() != null) {
            FourEyes check = fourEyes.getObject();
            Long requestId = check.requestId(task.request());
            check.check(staff.getUserId(), requestId);
            check.checkApprovable(requestId, decision.approved());
          }
          if (task.assignee() == null) {
            // the decision is the agent's on record too: an unclaimed review is claimed by whoever decides it
            configuration.getCommandExecutorTxRequired().execute(new ClaimTaskCmd(taskId, staff.getUserId()));
          }
        }
      } else if (byStaff && command instanceof ClaimTaskCmd) {
        // a reviewer takes a review for themselves (or gives it back); nobody hands it to someone else
        String assignee = field(command, "userId");
        if (!isReviewer(staff) || (assignee != null && !assignee.equals(staff.getUserId()))) {
          throw new AuthorizationException("A member of the help desk claims a review for themselves only.");
        }
        ReviewTask task = reviewTask(field(command, "taskId"));
        if (task == null) {
          throw new BadUserRequestException(noReview(field(command, "taskId")));
        }
        String holder = task.assignee();
        if (assignee == null) {
          // a claim with no user releases the review: only by whoever holds it (or an administrator), never to
          // take it from a colleague
          if (holder != null && !holder.equals(staff.getUserId()) && !isAdministrator(staff)) {
            throw new AuthorizationException("This review is claimed by " + holder + ": only they release it.");
          }
        } else if (holder != null && !holder.equals(assignee)) {
          // the engine's own answer is a 500 with "claimed by someone else"
          throw new BadUserRequestException("This review is already claimed by " + holder
              + ": it stays with them until they complete or release it.");
        } else if (task.request() != null) {
          // four eyes already when an agent takes a review, not only when they complete it
          FourEyes check = fourEyes.getObject();
          if (check.isParty(assignee, check.requestId(task.request()))) {
            throw new AuthorizationException(FourEyes.CLAIM_MESSAGE);
          }
        }
      } else if (byStaff && command instanceof AbstractAddIdentityLinkCmd) {
        // assignee, owner or candidate user of a review: only a member of the help desk
        String assignee = field(command, "userId");
        if (assignee != null && !isReviewer(assignee)) {
          throw new AuthorizationException("Reviews are assigned only to members of the help desk.");
        }
        ReviewTask task = assignee == null ? null : reviewTask(field(command, "taskId"));
        if (task != null && task.request() != null) {
          // found by the outside tester: an administrator could hand a review to the one agent four eyes bars
          FourEyes check = fourEyes.getObject();
          if (check.isParty(assignee, check.requestId(task.request()))) {
            throw new AuthorizationException(FourEyes.CLAIM_MESSAGE);
          }
        }
      } else if (byStaff && (command instanceof StartProcessInstanceCmd || command instanceof SubmitStartFormCmd)) {
        String key = command instanceof SubmitStartFormCmd
            ? keyOfDefinitionId(field(command, "processDefinitionId")) : keyOf(field(command, "instantiationBuilder"));
        if (PRODUCT_STARTED.contains(key)) {
          throw new AuthorizationException("A " + key + " process is started only by a dealer's request.");
        }
      } else if (byStaff && (command instanceof DeleteProcessInstanceCmd || command instanceof DeleteProcessInstancesCmd
          || command instanceof DeleteProcessInstanceBatchCmd)) {
        // found by the outside tester: a deleted request process left its request "in review" for ever (and a
        // locked user ID locked): a request ends by its decision or its expiry, never by deleting its process
        List<String> ids = command instanceof DeleteProcessInstanceCmd
            ? List.of((String) field(command, "processInstanceId"))
            : command instanceof DeleteProcessInstancesCmd ? field(command, "processInstanceIds") : null;
        if (ids == null || ids.stream().anyMatch(this::isProductStarted)) {
          throw new AuthorizationException("A request's process ends by the help desk's decision or its expiry: "
              + "it is not deleted by hand.");
        }
      } else if (byStaff && !isAdministrator(staff)
          && ADMINISTRATORS_ONLY.stream().anyMatch(refused -> refused.isInstance(command))) {
        throw new AuthorizationException(command.getClass().getSimpleName().replaceFirst("Cmd$", "")
            + " is for administrators only.");
      } else if (byStaff && REFUSED_FOR_STAFF.stream().anyMatch(refused -> refused.isInstance(command))) {
        throw new AuthorizationException("Process data is written only by the processes themselves: "
            + command.getClass().getSimpleName().replaceFirst("Cmd$", "") + " is not allowed for staff.");
      }
    }

    /**
     * Found by the outside tester: an administrator could suspend a request process (every registration then failed
     * with a 500 and a suspended review could not be decided) or delete, suspend, postpone or switch off a review's
     * SLA timer (its escalation then never fired). For staff, administrators included: nothing is suspended or
     * activated, no job or task deleted, no job's retries set to zero; a job's due date only moves earlier (to run a
     * timer sooner, never to hide it). Cockpit's "retry" of a failed job (retries back above zero) stays.
     */
    private void timersAndStates(Command<?> command) {
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
        java.util.Date due = configuration.getCommandExecutorTxRequired().execute(context -> {
          org.camunda.bpm.engine.impl.persistence.entity.JobEntity job = jobId == null ? null
              : context.getJobManager().findJobById(jobId);
          return job == null ? null : job.getDuedate();
        });
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
    private void unknownTaskOrExecution(Command<?> command) {
      if (command instanceof EvaluateStartConditionCmd) {
        throw new AuthorizationException("No process of Dealer Access Desk starts on a condition.");
      }
      if (READS_OF_A_TASK.stream().anyMatch(read -> read.isInstance(command))) {
        String taskId = field(command, "taskId");
        if (reviewTask(taskId) == null) {
          throw new BadUserRequestException("There is no task " + taskId + ": it may have been completed already.");
        }
      } else if (READS_OF_AN_EXECUTION.stream().anyMatch(read -> read.isInstance(command))) {
        String executionId = field(command, "executionId");
        if (!executionExists(executionId)) {
          throw new BadUserRequestException("There is no running process instance or execution " + executionId
              + ": it may have ended already.");
        }
      }
    }

    /** Whether the instance is one of a request process or of SmartAuction's steps. */
    private boolean isProductStarted(String processInstanceId) {
      return configuration.getCommandExecutorTxRequired().execute(context -> {
        ExecutionEntity instance = processInstanceId == null ? null
            : context.getExecutionManager().findExecutionById(processInstanceId);
        return instance != null && PRODUCT_STARTED.contains(keyOfDefinitionId(instance.getProcessDefinitionId()));
      });
    }

    /**
     * A decision variable as a plain value. Read typed: an Object, JSON or XML value sent over REST arrives
     * serialized, and reading it plainly throws in the engine (a 500); a decision is never one of those.
     */
    private static Object value(Map<?, ?> variables, String name) {
      if (variables instanceof VariableMap typed) {
        TypedValue value = typed.getValueTyped(name);
        if (value != null && value.getType() != null && !(value.getType() instanceof PrimitiveValueType)) {
          throw new InvalidReviewException(name + " must be a plain value (true or false, or a text), not "
              + value.getType().getName() + ".");
        }
        return value == null ? null : value.getValue();
      }
      return variables == null ? null : variables.get(name);
    }

    private static String noReview(String taskId) {
      return "There is no review " + taskId + ": it may have been decided or withdrawn already. Reload Tasklist.";
    }

    /** A task as the guard needs it: who holds it and the request it decides (null for a task of no request). */
    private record ReviewTask(String assignee, RequestKey request) {
    }

    /** The task read inside the engine (the caller's own task queries may not see it); null if there is none. */
    private ReviewTask reviewTask(String taskId) {
      return configuration.getCommandExecutorTxRequired().execute(context -> {
        TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
        if (task == null) {
          return null;
        }
        if (task.getProcessInstance() == null) {
          return new ReviewTask(task.getAssignee(), null);
        }
        ExecutionEntity top = task.getProcessInstance();
        while (top.getSuperExecution() != null) {
          top = top.getSuperExecution().getProcessInstance();
        }
        return new ReviewTask(task.getAssignee(), new RequestKey(task.getProcessInstance().getBusinessKey(),
            top.getId()));
      });
    }

    /** The review form's own completeness check is the browser's: dropped before the engine stores anything. */
    private static void withoutFormCheck(Map<?, ?> variables) {
      if (variables != null && variables.containsKey(RequestVariables.DECISION_READY)) {
        try {
          variables.remove(RequestVariables.DECISION_READY);
        } catch (UnsupportedOperationException fixed) {
          throw new InvalidReviewException(RequestVariables.DECISION_READY + " belongs to the Tasklist form only.");
        }
      }
    }

    private static void onlyDecision(Map<?, ?> variables) {
      if (variables == null) {
        return;
      }
      Set<String> others = variables.keySet().stream().map(String::valueOf)
          .filter(name -> !DECISION_VARIABLES.contains(name) && !RequestVariables.DECISION_READY.equals(name)).collect(Collectors.toCollection(TreeSet::new));
      if (!others.isEmpty()) {
        throw new InvalidReviewException("A decision carries only approved, denialCode and denialReason; "
            + "not " + String.join(", ", others) + ".");
      }
    }

    private static boolean isReviewer(Authentication staff) {
      return staff.getGroupIds() != null && staff.getGroupIds().stream().anyMatch(REVIEWER_GROUPS::contains);
    }

    private boolean isReviewer(String userId) {
      return REVIEWER_GROUPS.stream().anyMatch(group -> configuration.getIdentityService().createUserQuery()
          .userId(userId).memberOfGroup(group).count() > 0);
    }

    private static boolean isAdministrator(Authentication staff) {
      return staff.getGroupIds() != null && staff.getGroupIds().contains(StaffGroups.CAMUNDA_ADMIN);
    }

    private static String keyOf(ProcessInstantiationBuilderImpl builder) {
      return builder.getProcessDefinitionKey() != null ? builder.getProcessDefinitionKey()
          : keyOfDefinitionId(builder.getProcessDefinitionId());
    }

    /** Camunda's definition ids start with the key: {@code key:version:uuid}. */
    private static String keyOfDefinitionId(String definitionId) {
      return definitionId == null ? null : definitionId.split(":", 2)[0];
    }

    @SuppressWarnings("unchecked")
    private static <V> V field(Object command, String name) {
      Field field = ReflectionUtils.findField(command.getClass(), name);
      if (field == null) {
        throw new IllegalStateException(command.getClass().getName() + " has no field " + name
            + ": the review guard no longer fits this engine version");
      }
      ReflectionUtils.makeAccessible(field);
      return (V) ReflectionUtils.getField(field, command);
    }
  }
}
