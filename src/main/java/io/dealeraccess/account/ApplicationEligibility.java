package io.dealeraccess.account;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.springframework.stereotype.Component;

/**
 * Which role may hold which application: the DMN table processes/application-eligibility.dmn decides (a COLLECT
 * table: the applications the role may hold). The request processes evaluate it in their business rule task, with
 * the engine's decision history. The forms, the reviewer's context, the imports and the role change's approval ask
 * it here: a read, so the deployed table's latest version is evaluated by a DMN engine of its own, once per role and
 * version, and writes no history (the engine's evaluation would, and so could not run in a read-only transaction).
 */
@Component
public class ApplicationEligibility {

  public static final String DECISION = "application-eligibility";
  /** The table's input: a role code ({@link DealerRole#name()}). */
  public static final String ROLE = "role";
  /** The table's output: an application code, one per matching row. */
  public static final String APPLICATION = "application";

  private final RepositoryService repository;
  private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  /** Each deployed version's answer for every role. */
  private final Map<String, Map<String, List<String>>> byVersion = new ConcurrentHashMap<>();

  ApplicationEligibility(RepositoryService repository) {
    this.repository = repository;
  }

  /** The codes of the applications this role may hold, in the table's order; none for no role or an unknown one. */
  public List<String> applicationsFor(String role) {
    if (role == null) {
      return List.of();
    }
    DecisionDefinition latest = repository.createDecisionDefinitionQuery().decisionDefinitionKey(DECISION)
        .latestVersion().singleResult();
    return byVersion.computeIfAbsent(latest.getId(), this::everyRole).getOrDefault(role, List.of());
  }

  public boolean isEligible(String role, String application) {
    return application != null && applicationsFor(role).contains(application);
  }

  private Map<String, List<String>> everyRole(String definitionId) {
    DmnModelInstance table = repository.getDmnModelInstance(definitionId);
    return Arrays.stream(DealerRole.values()).map(DealerRole::name).collect(Collectors.toUnmodifiableMap(
        Function.identity(), role -> List.copyOf(dmn.evaluateDecisionTable(DECISION, table,
            Variables.createVariables().putValue(ROLE, role)).collectEntries(APPLICATION))));
  }
}
