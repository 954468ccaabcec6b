package io.dealeraccess.review;

import static io.dealeraccess.review.GuardedCommands.PRODUCT_STARTED;
import static io.dealeraccess.review.GuardedCommands.REVIEWER_GROUPS;

import io.dealeraccess.request.RequestKey;
import io.dealeraccess.staff.StaffGroups;
import java.lang.reflect.Field;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.util.ReflectionUtils;

/**
 * What the review guard reads inside the engine (the caller's own queries may not see it) and of the caller, for its
 * rules ({@link DecisionCommandGuard}, {@link StaffHousekeepingRules}).
 */
final class GuardLookups {

  private final ProcessEngineConfigurationImpl configuration;

  GuardLookups(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  /** The caller's authentication: a staff member's (REST, Tasklist, Cockpit), or null for the product's own calls. */
  Authentication staff() {
    Authentication staff = configuration.getIdentityService().getCurrentAuthentication();
    return staff != null && staff.getUserId() != null ? staff : null;
  }

  /**
   * A task as the guard needs it: who holds it and the request it decides (null for a task of no request); for a
   * task of no request, the staff member whose change it confirms (null if none), who may not decide it.
   */
  record ReviewTask(String assignee, RequestKey request, String causedBy) {
  }

  /** The process variable naming who made a dealership inactive (OffboardingVariables.INACTIVATED_BY). */
  static final String CAUSED_BY = "inactivatedBy";

  /** The task read inside the engine (the caller's own task queries may not see it); null if there is none. */
  ReviewTask reviewTask(String taskId) {
    return configuration.getCommandExecutorTxRequired().execute(context -> {
      TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
      if (task == null) {
        return null;
      }
      if (task.getProcessInstance() == null) {
        return new ReviewTask(task.getAssignee(), null, null);
      }
      ExecutionEntity top = task.getProcessInstance();
      while (top.getSuperExecution() != null) {
        top = top.getSuperExecution().getProcessInstance();
      }
      if (!GuardedCommands.REQUEST_PROCESSES.contains(keyOfDefinitionId(top.getProcessDefinitionId()))) {
        // a dealership's inactivation: a task of the help desk about no request; its one party is whoever made the
        // dealership inactive
        Object causedBy = top.getVariable(CAUSED_BY);
        return new ReviewTask(task.getAssignee(), null, causedBy instanceof String by ? by : null);
      }
      return new ReviewTask(task.getAssignee(), new RequestKey(task.getProcessInstance().getBusinessKey(),
          top.getId()), null);
    });
  }

  boolean executionExists(String executionId) {
    return configuration.getCommandExecutorTxRequired().execute(context -> executionId != null
        && context.getExecutionManager().findExecutionById(executionId) != null);
  }

  /** Whether the instance is one of a request process or of SmartAuction's steps. */
  boolean isProductStarted(String processInstanceId) {
    return configuration.getCommandExecutorTxRequired().execute(context -> {
      ExecutionEntity instance = processInstanceId == null ? null
          : context.getExecutionManager().findExecutionById(processInstanceId);
      return instance != null && PRODUCT_STARTED.contains(keyOfDefinitionId(instance.getProcessDefinitionId()));
    });
  }

  /** The job's due date now; null if there is no such job. */
  java.util.Date jobDuedate(String jobId) {
    return configuration.getCommandExecutorTxRequired().execute(context -> {
      org.camunda.bpm.engine.impl.persistence.entity.JobEntity job = jobId == null ? null
          : context.getJobManager().findJobById(jobId);
      return job == null ? null : job.getDuedate();
    });
  }

  static boolean isReviewer(Authentication staff) {
    return staff.getGroupIds() != null && staff.getGroupIds().stream().anyMatch(REVIEWER_GROUPS::contains);
  }

  boolean isReviewer(String userId) {
    return REVIEWER_GROUPS.stream().anyMatch(group -> configuration.getIdentityService().createUserQuery()
        .userId(userId).memberOfGroup(group).count() > 0);
  }

  static boolean isAdministrator(Authentication staff) {
    return staff.getGroupIds() != null && staff.getGroupIds().contains(StaffGroups.CAMUNDA_ADMIN);
  }

  static String keyOf(ProcessInstantiationBuilderImpl builder) {
    return builder.getProcessDefinitionKey() != null ? builder.getProcessDefinitionKey()
        : keyOfDefinitionId(builder.getProcessDefinitionId());
  }

  /** Camunda's definition ids start with the key: {@code key:version:uuid}. */
  static String keyOfDefinitionId(String definitionId) {
    return definitionId == null ? null : definitionId.split(":", 2)[0];
  }

  @SuppressWarnings("unchecked")
  static <V> V field(Object command, String name) {
    Field field = ReflectionUtils.findField(command.getClass(), name);
    if (field == null) {
      throw new IllegalStateException(command.getClass().getName() + " has no field " + name
          + ": the review guard no longer fits this engine version");
    }
    ReflectionUtils.makeAccessible(field);
    return (V) ReflectionUtils.getField(field, command);
  }
}
