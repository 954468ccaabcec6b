package io.dealeraccess.staff;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import io.dealeraccess.DealerAccessProperties;
import io.dealeraccess.request.RequestVariables;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import io.dealeraccess.account.ApplicationEligibility;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff groups, what each may do (authorization checks are on), the first administrator, the Tasklist filters, and,
 * with demo data, the demo staff accounts. Runs at every start and only adds what is missing.
 */
@Component
@Order(10)
class StaffSetup implements ApplicationRunner {

  static final String QUEUE_FILTER = "Help desk queue";
  static final String MY_TASKS_FILTER = "My tasks";
  static final String OVERDUE_FILTER = "Overdue";
  static final String SMARTAUCTION_FILTER = "SmartAuction";

  private static final Logger log = LoggerFactory.getLogger(StaffSetup.class);

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final FilterService filters;
  private final TaskService tasks;
  private final boolean demoData;
  private final DealerAccessProperties.Admin admin;
  private final JdbcTemplate jdbc;

  StaffSetup(IdentityService identity, AuthorizationService authorizations, FilterService filters, TaskService tasks,
      DealerAccessProperties properties, JdbcTemplate jdbc) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.filters = filters;
    this.tasks = tasks;
    this.demoData = properties.demoData().enabled();
    this.admin = properties.admin();
    this.jdbc = jdbc;
  }

  /**
   * Under the setup lock: a second node starting at the same moment waits here until the first has committed, then
   * finds everything in place. Camunda's services join this transaction.
   */
  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    jdbc.queryForObject("select id from setup_lock where id = 1 for update", Integer.class);
    group(StaffGroups.HELPDESK, "Help desk");
    group(StaffGroups.HELPDESK_SUPERVISORS, "Help desk supervisors");
    group(StaffGroups.ANALYSTS, "Process analysts");
    group(StaffGroups.ACCESS_ADMINS, "Access administrators");
    group(StaffGroups.CAMUNDA_ADMIN, "Camunda administrators");
    for (Resources resource : Resources.values()) {
      grant(StaffGroups.CAMUNDA_ADMIN, resource, "*", Permissions.ALL);
    }
    user(admin.id(), admin.firstName(), admin.lastName(), admin.email(), admin.password(),
        StaffGroups.CAMUNDA_ADMIN);

    for (String reviewers : List.of(StaffGroups.HELPDESK, StaffGroups.HELPDESK_SUPERVISORS)) {
      grant(reviewers, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      // TASK_WORK, not UPDATE: reviewers claim and complete; they do not rename, re-date or hand tasks to others
      grant(reviewers, Resources.TASK, "*", Permissions.READ, Permissions.TASK_WORK);
      grant(reviewers, Resources.PROCESS_DEFINITION, "*", Permissions.READ, Permissions.READ_TASK);
      grant(reviewers, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
      grant(reviewers, Resources.DEPLOYMENT, "*", Permissions.READ);
      grant(reviewers, Resources.USER, "*", Permissions.READ);
      grant(reviewers, Resources.GROUP, "*", Permissions.READ);
      // the eligibility table, read when a review opens and when it is decided (the role on file may have changed)
      grant(reviewers, Resources.DECISION_DEFINITION, ApplicationEligibility.DECISION, Permissions.READ,
          Permissions.CREATE_INSTANCE);
    }
    for (String readers : List.of(StaffGroups.ANALYSTS, StaffGroups.HELPDESK_SUPERVISORS)) {
      grant(readers, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
      grant(readers, Resources.PROCESS_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY,
          Permissions.READ_INSTANCE);
      grant(readers, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
      grant(readers, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
      grant(readers, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", Permissions.READ);
      grant(readers, Resources.DEPLOYMENT, "*", Permissions.READ);
      grant(readers, Resources.TASK, "*", Permissions.READ);
      grant(readers, Resources.HISTORIC_TASK, "*", HistoricTaskPermissions.READ);
      grant(readers, Resources.HISTORIC_PROCESS_INSTANCE, "*", HistoricProcessInstancePermissions.READ);
    }

    Filter queue = filter(QUEUE_FILTER, -10, "All open reviews, the earliest due first",
        tasks.createTaskQuery().taskCandidateGroupIn(List.of(StaffGroups.HELPDESK)).includeAssignedTasks()
            .orderByDueDate().asc());
    Filter mine = filter(MY_TASKS_FILTER, -5, "Reviews assigned to me",
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
    Filter overdue = filter(OVERDUE_FILTER, -8, "Reviews that missed their business day",
        tasks.createTaskQuery().taskCandidateGroupIn(List.of(StaffGroups.HELPDESK)).includeAssignedTasks()
            .processVariableValueEquals(RequestVariables.SLA_BREACHED, true).orderByDueDate().asc());
    Filter smartAuction = filter(SMARTAUCTION_FILTER, -6, "Requests with SmartAuction and its enrollment checks",
        tasks.createTaskQuery().taskCandidateGroupIn(List.of(StaffGroups.HELPDESK)).includeAssignedTasks()
            .processVariableValueEquals(RequestVariables.SMARTAUCTION_REQUESTED, true).orderByDueDate().asc());
    for (Filter filter : List.of(queue, overdue, mine, smartAuction)) {
      grant(StaffGroups.HELPDESK, Resources.FILTER, filter.getId(), Permissions.READ);
      grant(StaffGroups.HELPDESK_SUPERVISORS, Resources.FILTER, filter.getId(), Permissions.READ);
    }

    if (demoData) {
      user("agent", "Alex", "Agent", "agent@helpdesk.example", "agent", StaffGroups.HELPDESK);
      user("supervisor", "Sam", "Supervisor", "supervisor@helpdesk.example", "supervisor", StaffGroups.HELPDESK,
          StaffGroups.HELPDESK_SUPERVISORS);
      user("analyst", "Ana", "Analyst", "analyst@helpdesk.example", "analyst", StaffGroups.ANALYSTS);
    }
  }

  private void group(String id, String name) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType("WORKFLOW");
      identity.saveGroup(group);
    }
  }

  /** Grants exactly these permissions; a grant from an earlier version with more or fewer is set to them. */
  private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization present = authorizations.createAuthorizationQuery().groupIdIn(groupId).resourceType(resource)
        .resourceId(resourceId).singleResult();
    if (present instanceof AuthorizationEntity entity) {
      int wanted = 0;
      for (Permission permission : permissions) {
        wanted |= permission.getValue();
      }
      if (entity.getPermissions() != wanted) {
        entity.setPermissions(permissions);
        authorizations.saveAuthorization(entity);
        log.info("Authorization of {} on {} {} set to {}", groupId, resource.resourceName(), resourceId,
            java.util.Arrays.toString(permissions));
      }
      return;
    }
    Authorization authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setGroupId(groupId);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizations.saveAuthorization(authorization);
  }

  private Filter filter(String name, int priority, String description, TaskQuery query) {
    Map<String, Object> properties = Map.of(
        "priority", priority,
        "description", description,
        "refresh", true,
        "variables", List.of(
            Map.of("name", RequestVariables.REFERENCE, "label", "Reference"),
            Map.of("name", RequestVariables.DEALERSHIP_NAME, "label", "Dealership"),
            Map.of("name", RequestVariables.APPLICANT_NAME, "label", "Applicant")));
    // the task card shows these; "SLA breached: false" on every card was noise (the Overdue filter lists breaches)
    Filter existing = filters.createFilterQuery().filterName(name).singleResult();
    if (existing != null) {
      if (!properties.equals(existing.getProperties())) {
        existing.setProperties(properties);
        filters.saveFilter(existing);
        log.info("Tasklist filter '{}' shows the current card fields", name);
      }
      return existing;
    }
    Filter filter = filters.newTaskFilter(name).setProperties(properties).setQuery(query);
    filters.saveFilter(filter);
    log.info("Created Tasklist filter '{}'", name);
    return filter;
  }

  private void user(String id, String firstName, String lastName, String email, String password,
      String... groups) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setEmail(email);
      user.setPassword(password);
      try {
        // the demo's staff accounts keep their documented passwords; real staff meet Camunda's password policy
        ((IdentityServiceImpl) identity).saveUser(user, demoData);
      } catch (ProcessEngineException e) {
        throw new IllegalStateException("The password for staff user " + id + " does not meet the staff password "
            + "policy (at least 10 characters with upper and lower case letters, a digit and a special character, "
            + "and not the user's name): " + e.getMessage(), e);
      }
    }
    for (String group : groups) {
      if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
        identity.createMembership(id, group);
      }
    }
  }
}
