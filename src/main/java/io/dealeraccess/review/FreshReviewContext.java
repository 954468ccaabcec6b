package io.dealeraccess.review;

import io.dealeraccess.request.RequestQueries;
import io.dealeraccess.request.SmartAuctionSteps;
import io.dealeraccess.request.RequestVariables;
import io.dealeraccess.request.ReviewerContext;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The reviewer's context is true when the agent opens the review, not only when the task was created: before
 * Tasklist (or anyone on the help desk) reads a review's form variables, the context is read again from the database
 * and the variables updated where it changed (so an unchanged context writes nothing).
 */
@Component
class FreshReviewContext extends AbstractProcessEnginePlugin {

  private final ObjectProvider<ReviewerContext> context;
  private final ObjectProvider<RequestQueries> requests;

  FreshReviewContext(ObjectProvider<ReviewerContext> context, ObjectProvider<RequestQueries> requests) {
    this.context = context;
    this.requests = requests;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
    interceptors.add(new CommandInterceptor() {
      @Override
      public <T> T execute(Command<T> command) {
        if (Context.getCommandContext() == null && command instanceof GetTaskFormVariablesCmd read
            && isReviewer(configuration.getIdentityService().getCurrentAuthentication())) {
          try {
            configuration.getCommandExecutorTxRequired().execute(commandContext -> {
              refresh(commandContext.getTaskManager().findTaskById(read.resourceId));
              return null;
            });
          } catch (OptimisticLockingException openedAtOnce) {
            // two agents opened the review in the same moment: the other one's refresh wrote the same context
          }
        }
        return next.execute(command);
      }
    });
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  private static boolean isReviewer(Authentication staff) {
    return staff != null && staff.getGroupIds() != null
        && staff.getGroupIds().stream().anyMatch(GuardedCommands.REVIEWER_GROUPS::contains);
  }

  private void refresh(TaskEntity task) {
    if (task == null || task.getExecution() == null || task.getVariable(RequestVariables.REQUEST_ID) == null) {
      return;
    }
    Long requestId = requests.getObject().idOf(RequestVariables.requestKey(task));
    ReviewerContext now = context.getObject();
    RequestVariables.refreshReviewerContext(task.getExecution(), RequestVariables.REVIEW_CONTEXT,
        now.of(requestId));
    if (SmartAuctionSteps.VERIFY_TASK.equals(task.getTaskDefinitionKey())) {
      RequestVariables.refreshReviewerContext(task.getExecution(), RequestVariables.TERMS_ACCEPTANCE,
          now.termsAcceptance(requestId));
    }
  }
}
