package io.dealeraccess.request;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealeraccess.account.ApplicationEligibility;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every process whose checks judge role eligibility shows the decision in its diagram: a business rule task on the
 * eligibility table right before the checks, its result in the variable the checks read; the others have none. And
 * the table reads and answers the names the process and {@link ApplicationEligibility} use. No Spring context: the
 * files themselves.
 */
class EligibilityDecisionStepTest {

  private static final String DMN = "https://www.omg.org/spec/DMN/20191111/MODEL/";
  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  private static final String TASK = "Task_DecideEligibleApplications";

  @ParameterizedTest
  @EnumSource(RequestType.class)
  void aProcessDecidesEligibilityWithTheTableRightBeforeItsChecksExactlyWhereTheChecksJudgeIt(RequestType type)
      throws Exception {
    Document process = parse(Path.of("processes", type.processKey() + ".bpmn"));
    Element task = byId(process, TASK);
    if (!AutomatedChecks.DECIDE_ELIGIBILITY.contains(type)) {
      assertThat(task).as("%s judges no role's eligibility", type).isNull();
      assertThat(byId(process, "Flow_ToChecks").getAttribute("sourceRef")).isEqualTo("Task_SendReceiptEmail");
      return;
    }
    assertThat(task).as("%s shows its eligibility decision", type).isNotNull();
    assertThat(task.getLocalName()).isEqualTo("businessRuleTask");
    assertThat(task.getAttribute("name")).isEqualTo("Decide which applications the role may hold");
    assertThat(task.getAttributeNS(CAMUNDA, "decisionRef")).isEqualTo(ApplicationEligibility.DECISION);
    assertThat(task.getAttributeNS(CAMUNDA, "mapDecisionResult")).isEqualTo("collectEntries");
    assertThat(task.getAttributeNS(CAMUNDA, "resultVariable")).isEqualTo(RequestVariables.ELIGIBLE_APPLICATIONS);
    // the role in at the start, the answer stored as JSON at the end
    NodeList listeners = task.getElementsByTagNameNS(CAMUNDA, "executionListener");
    assertThat(listeners.getLength()).isEqualTo(2);
    for (int i = 0; i < 2; i++) {
      Element listener = (Element) listeners.item(i);
      assertThat(listener.getAttribute("event")).isEqualTo(i == 0 ? "start" : "end");
      assertThat(listener.getAttribute("delegateExpression")).isEqualTo("${eligibilityRoleListener}");
    }
    assertThat(task.getAttributeNS(CAMUNDA, "asyncBefore")).as("decided in the checks' transaction").isEmpty();
    assertThat(task.getAttributeNS(CAMUNDA, "asyncAfter")).isEmpty();

    Element into = byId(process, "Flow_ToEligibilityDecision");
    assertThat(into.getAttribute("sourceRef")).isEqualTo("Task_SendReceiptEmail");
    assertThat(into.getAttribute("targetRef")).isEqualTo(TASK);
    Element toChecks = byId(process, "Flow_ToChecks");
    assertThat(toChecks.getAttribute("sourceRef")).isEqualTo(TASK);
    assertThat(toChecks.getAttribute("targetRef")).isEqualTo("Task_RunAutomatedChecks");
    assertThat(byId(process, "Task_RunAutomatedChecks").getAttributeNS(CAMUNDA, "asyncBefore")).isEmpty();
    assertThat(byId(process, TASK + "_di")).as("%s draws the task", type).isNotNull();
    assertThat(byId(process, "Flow_ToEligibilityDecision_di")).isNotNull();
  }

  @Test
  void everyProcessThatDecidesHoldsTheSameDecisionStep() throws Exception {
    List<Element> steps = new ArrayList<>();
    for (RequestType type : AutomatedChecks.DECIDE_ELIGIBILITY) {
      steps.add(byId(parse(Path.of("processes", type.processKey() + ".bpmn")), TASK));
    }
    assertThat(steps).hasSize(3).allSatisfy(step -> assertThat(step.isEqualNode(steps.get(0))).isTrue());
  }

  @Test
  void theTableReadsTheRoleAndAnswersEveryApplicationTheRoleMayHold() throws Exception {
    Document dmn = parse(Path.of("processes", ApplicationEligibility.DECISION + ".dmn"));
    Element decision = byId(dmn, ApplicationEligibility.DECISION);
    assertThat(decision).isNotNull();
    Element table = (Element) decision.getElementsByTagNameNS(DMN, "decisionTable").item(0);
    assertThat(table.getAttribute("hitPolicy")).as("one evaluation answers every application").isEqualTo("COLLECT");
    assertThat(elements(table, "inputExpression")).singleElement()
        .satisfies(input -> assertThat(input.getTextContent().trim()).isEqualTo(RequestVariables.ROLE));
    assertThat(elements(table, "output")).singleElement()
        .satisfies(output -> assertThat(output.getAttribute("name")).isEqualTo(ApplicationEligibility.APPLICATION));
    assertThat(RequestVariables.ALL).contains(RequestVariables.ROLE, RequestVariables.ELIGIBLE_APPLICATIONS);
  }

  private static List<Element> elements(Element parent, String localName) {
    NodeList nodes = parent.getElementsByTagNameNS(DMN, localName);
    return Stream.iterate(0, i -> i < nodes.getLength(), i -> i + 1).map(i -> (Element) nodes.item(i)).toList();
  }

  private static Element byId(Document document, String id) {
    NodeList all = document.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element element = (Element) all.item(i);
      if (id.equals(element.getAttribute("id"))) {
        return element;
      }
    }
    return null;
  }

  private static Document parse(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(file.toFile());
  }
}
