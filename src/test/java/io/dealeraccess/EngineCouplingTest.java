package io.dealeraccess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Engine coupling kept thin, so a move to a fork of the engine stays cheap (docs/ENGINE.md): only delegates,
 * listeners, engine configuration, the review guard and the one port to the processes import {@code org.camunda}.
 */
class EngineCouplingTest {

  private static final Pattern ENGINE_IMPORT = Pattern.compile("(?m)^import (static )?org\\.camunda\\.");

  /** The processes' Java steps, by their names. */
  private static final Predicate<String> STEP = file -> file.endsWith("Delegate.java")
      || file.endsWith("Listener.java");

  /** Engine configuration, the guard and the port, by file. */
  private static final Set<String> ENGINE_FACING = Set.of(
      "io/dealeraccess/ApplicationClock.java",
      "io/dealeraccess/request/RequestProcesses.java",
      "io/dealeraccess/offboarding/OffboardingProcess.java",
      "io/dealeraccess/request/RequestVariables.java",
      "io/dealeraccess/request/StartVariables.java",
      "io/dealeraccess/account/ApplicationEligibility.java",
      "io/dealeraccess/review/DecisionCommandGuard.java",
      "io/dealeraccess/review/ReviewTaskRules.java",
      "io/dealeraccess/review/GuardedCommands.java",
      "io/dealeraccess/review/GuardLookups.java",
      "io/dealeraccess/review/StaffHousekeepingRules.java",
      "io/dealeraccess/review/DecisionInput.java",
      "io/dealeraccess/review/InvalidReviewException.java",
      "io/dealeraccess/review/FourEyes.java",
      "io/dealeraccess/review/FreshReviewContext.java",
      "io/dealeraccess/review/ReviewTaskNaming.java",
      "io/dealeraccess/sla/BusinessCalendar.java",
      "io/dealeraccess/staff/CamundaStaffLogin.java",
      "io/dealeraccess/staff/EngineRestSecurity.java",
      "io/dealeraccess/staff/GroupWideTaskAuthorizations.java",
      "io/dealeraccess/staff/StaffLoginPolicy.java",
      "io/dealeraccess/staff/StaffSetup.java");

  static boolean mayImportTheEngine(String file) {
    return STEP.test(file) || ENGINE_FACING.contains(file);
  }

  @Test
  void onlyEngineFacingClassesImportTheEngine() {
    List<String> importers = MainSources.matching(text -> ENGINE_IMPORT.matcher(text).find(), "src/main/java");
    assertThat(importers).as("classes importing org.camunda").isNotEmpty()
        .allSatisfy(file -> assertThat(mayImportTheEngine(file))
            .as("%s imports org.camunda: go through request/RequestProcesses, or list it in docs/ENGINE.md", file)
            .isTrue());
  }

  @Test
  void aServiceOrPageThatImportsTheEngineIsCaught() {
    // what the rule refused before the port: the services that started and messaged processes themselves
    assertThat(mayImportTheEngine("io/dealeraccess/request/RequestSubmissions.java")).isFalse();
    assertThat(mayImportTheEngine("io/dealeraccess/registration/RegistrationController.java")).isFalse();
    assertThat(mayImportTheEngine("io/dealeraccess/smartauction/SmartAuctionTerms.java")).isFalse();
    assertThat(ENGINE_IMPORT.matcher("package x;\n\nimport org.camunda.bpm.engine.RuntimeService;\n").find())
        .isTrue();
    assertThat(ENGINE_IMPORT.matcher("// import org.camunda.bpm.engine.RuntimeService;\n").find()).isFalse();
  }

  @Test
  void everyListedClassStillExists() {
    // a class renamed or gone is dropped from the list, so the list never allows more than the code needs
    List<String> existing = MainSources.matching(text -> true, "src/main/java");
    assertThat(existing).containsAll(ENGINE_FACING);
  }
}
