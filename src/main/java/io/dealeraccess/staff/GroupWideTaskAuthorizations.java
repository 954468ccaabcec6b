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

      @Override
      public AuthorizationEntity[] deleteTaskGroupIdentityLink(Task task, String groupId,
          String identityLinkType) {
        return new AuthorizationEntity[0];
      }
    });
  }
}
