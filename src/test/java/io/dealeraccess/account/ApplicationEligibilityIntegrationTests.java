package io.dealeraccess.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealeraccess.IntegrationTestSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The eligibility table became one row per application (COLLECT: which applications may this role hold?) so that a
 * process decides it in one evaluation. What the Java callers ask (the dealer's application form, the reviewer's
 * context, a role change's approval) must be answered as the old table (application and role in, FIRST hit) did,
 * for every role and application: the old rows are written out here.
 */
class ApplicationEligibilityIntegrationTests extends IntegrationTestSupport {

  /** The rows of the table before it was restructured; anything else was not eligible. */
  private static final Map<String, Set<String>> OLD_ROWS = Map.of(
      "SMARTCASH", Set.of("OWNER", "GENERAL_MANAGER", "OFFICE_MANAGER", "FINANCE_MANAGER", "ACCOUNTING"),
      "INTELLIRATER", Set.of("OWNER", "GENERAL_MANAGER", "FINANCE_MANAGER", "SALES_MANAGER", "USED_CAR_MANAGER"),
      "SMARTAUCTION", Set.of("OWNER", "GENERAL_MANAGER", "USED_CAR_MANAGER", "SALES_MANAGER"));
  /** Codes no row names: an application outside the catalog, a role that is no {@link DealerRole}, none at all. */
  private static final List<String> UNKNOWN_APPLICATIONS = List.of("FLOORPLAN", "smartcash", "");
  private static final List<String> UNKNOWN_ROLES = List.of("JANITOR", "owner", "");

  @Autowired
  private ApplicationEligibility eligibility;
  @Autowired
  private ApplicationCatalog catalog;

  private static boolean oldAnswer(String role, String application) {
    return application != null && role != null && OLD_ROWS.getOrDefault(application, Set.of()).contains(role);
  }

  static Stream<String> roles() {
    List<String> roles = new ArrayList<>(Stream.of(DealerRole.values()).map(DealerRole::name).toList());
    roles.addAll(UNKNOWN_ROLES);
    roles.add(null);
    return roles.stream();
  }

  static Stream<Arguments> everyRoleAndApplication() {
    List<String> applications = new ArrayList<>(OLD_ROWS.keySet());
    applications.addAll(UNKNOWN_APPLICATIONS);
    applications.add(null);
    return roles().flatMap(role -> applications.stream().map(application -> Arguments.of(role, application)));
  }

  @ParameterizedTest(name = "{0} may hold {1}")
  @MethodSource("everyRoleAndApplication")
  void everyRoleAndApplicationIsAnsweredAsTheOldTableDid(String role, String application) {
    assertThat(eligibility.isEligible(role, application)).isEqualTo(oldAnswer(role, application));
  }

  @ParameterizedTest(name = "role {0}")
  @MethodSource("roles")
  void oneEvaluationNamesEveryApplicationTheRoleMayHoldInTheTablesOrder(String role) {
    List<String> expected = Stream.of("SMARTCASH", "INTELLIRATER", "SMARTAUCTION")
        .filter(application -> oldAnswer(role, application)).toList();
    assertThat(eligibility.applicationsFor(role)).containsExactlyElementsOf(expected);
  }

  @Test
  void theOldRowsCoverTheWholeCatalog() {
    // a catalog application the old rows do not name would make "every pair" above miss it
    assertThat(catalog.all()).extracting(PortalApplication::getCode).allSatisfy(code ->
        assertThat(OLD_ROWS).containsKey(code));
    assertThat(everyRoleAndApplication()).hasSize((DealerRole.values().length + 4) * 7);
  }

  @Test
  void askingIsAReadThatWritesNoDecisionHistory() {
    // PostgreSQL refuses the history rows in a read-only transaction (the user ID import's preview failed so)
    long before = processEngine.getHistoryService().createHistoricDecisionInstanceQuery().decisionDefinitionKey(
        ApplicationEligibility.DECISION).count();

    assertThat(eligibility.applicationsFor("OWNER")).containsExactly("SMARTCASH", "INTELLIRATER", "SMARTAUCTION");
    assertThat(eligibility.isEligible("TITLE_CLERK", "SMARTCASH")).isFalse();

    assertThat(processEngine.getHistoryService().createHistoricDecisionInstanceQuery().decisionDefinitionKey(
        ApplicationEligibility.DECISION).count()).isEqualTo(before);
  }
}
