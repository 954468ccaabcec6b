package io.dealeraccess.staff;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The help-desk groups may work every task through one grant each ({@code TASK *}, see {@link StaffSetup}), so the
 * engine does not also write an authorization per task for its candidate group. Those rows (one per open review)
 * made every task query of the queue join each task with every other task's authorization: with 20,000 open
 * reviews on PostgreSQL, opening Tasklist took over 30 seconds instead of a third of one.
 */
@Component
class GroupWideTaskAuthorizations extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new DefaultAuthorizationProvider() {
      @Override
      public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String identityLinkType) {
        return new AuthorizationEntity[0];
      }

      /*
       * No grant for an assignee or owner either: Camunda's default gives whoever a task is assigned to UPDATE on it,
       * so an analyst could decide a review an agent assigned to them. Only the help desk's group grant counts.
       */
      @Override
      public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
        return new AuthorizationEntity[0];
      }

      @Override
      public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
        return new AuthorizationEntity[0];
      }

      @Override
      public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String identityLinkType) {
        return new AuthorizationEntity[0];
      }

      @Override
      public AuthorizationEntity[] deleteTaskGroupIdentityLink(Task task, String groupId,
          String identityLinkType) {
        return new AuthorizationEntity[0];
      }
    });
  }
}
