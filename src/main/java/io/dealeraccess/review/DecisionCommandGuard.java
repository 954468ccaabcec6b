package io.dealeraccess.review;

import static io.dealeraccess.review.GuardLookups.field;
import static io.dealeraccess.review.GuardLookups.isAdministrator;
import static io.dealeraccess.review.GuardLookups.isReviewer;
import static io.dealeraccess.review.GuardLookups.keyOf;
import static io.dealeraccess.review.GuardLookups.keyOfDefinitionId;
import static io.dealeraccess.review.GuardedCommands.ADMINISTRATORS_ONLY;
import static io.dealeraccess.review.GuardedCommands.PRODUCT_STARTED;
import static io.dealeraccess.review.GuardedCommands.REFUSED_FOR_STAFF;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.batch.DeleteProcessInstanceBatchCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

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

    private final GuardLookups lookups;
    private final StaffHousekeepingRules housekeeping;
    private final ReviewTaskRules tasks;

    Interceptor(ProcessEngineConfigurationImpl configuration, ObjectProvider<FourEyes> fourEyes) {
      this.lookups = new GuardLookups(configuration);
      this.housekeeping = new StaffHousekeepingRules(lookups);
      this.tasks = new ReviewTaskRules(configuration, lookups, fourEyes);
    }

    @Override
    public <T> T execute(Command<T> command) {
      // only what a caller sends: commands the engine runs inside another one are the engine's own
      if (Context.getCommandContext() == null) {
        Authentication staff = lookups.staff();
        if (command instanceof FailedJobListener && staff != null && !isAdministrator(staff)) {
          // a staff member other than an administrator executed a job by hand, and the guard refused it before it ran:
          // the engine records any exception of a job executed by hand as the job's failure (a retry spent, the
          // due date moved): a refusal is not the job failing
          return null;
        }
        Command<T> actual = asRelease(command, staff);
        if (housekeeping.isOneVariableOfNothing(actual)) {
          // what the engine answers for a variable that does not exist (REST: 404); its own answer for a missing
          // task or instance is a 500
          return null;
        }
        check(actual, staff);
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
    private static <T> Command<T> asRelease(Command<T> command, Authentication staff) {
      if (command instanceof AssignTaskCmd && field(command, "userId") == null && staff != null
          && isReviewer(staff)) {
        return (Command<T>) new ClaimTaskCmd(field(command, "taskId"), null);
      }
      return command;
    }

    /** {@code staff} is null for the product's own calls. */
    private void check(Command<?> command, Authentication staff) {
      boolean byStaff = staff != null;
      if (byStaff) {
        housekeeping.unknownTaskOrExecution(command);
        housekeeping.timersAndStates(command);
      }
      if (command instanceof AbstractQuery<?, ?> query && (query.getFirstResult() < 0 || query.getMaxResults() < 0)) {
        // the engine's answer is a 500 from the database
        throw new BadUserRequestException("firstResult and maxResults must not be negative.");
      }
      if (byStaff && command instanceof ResolveTaskCmd) {
        // reviewers cannot delegate (no TASK_ASSIGN), so there is nothing of theirs to resolve
        throw new AuthorizationException("Reviews are not delegated: decide the review instead.");
      } else if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) {
        tasks.complete(command, staff);
      } else if (byStaff && command instanceof ClaimTaskCmd) {
        tasks.claim(command, staff);
      } else if (byStaff && command instanceof AbstractAddIdentityLinkCmd) {
        tasks.addIdentityLink(command);
      } else if (byStaff && (command instanceof StartProcessInstanceCmd || command instanceof SubmitStartFormCmd)) {
        String key = command instanceof SubmitStartFormCmd
            ? keyOfDefinitionId(field(command, "processDefinitionId")) : keyOf(field(command, "instantiationBuilder"));
        if (PRODUCT_STARTED.contains(key)) {
          throw new AuthorizationException("The process " + key + " is started only by the product (a dealer's "
              + "request, a dealership made inactive), not by hand.");
        }
      } else if (byStaff && (command instanceof DeleteProcessInstanceCmd || command instanceof DeleteProcessInstancesCmd
          || command instanceof DeleteProcessInstanceBatchCmd)) {
        // found by the outside tester: a deleted request process left its request "in review" for ever (and a
        // locked user ID locked): a request ends by its decision or its expiry, never by deleting its process
        List<String> ids = command instanceof DeleteProcessInstanceCmd
            ? List.of((String) field(command, "processInstanceId"))
            : command instanceof DeleteProcessInstancesCmd ? field(command, "processInstanceIds") : null;
        if (ids == null || ids.stream().anyMatch(lookups::isProductStarted)) {
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

  }
}
