package io.dealeraccess.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dealeraccess.request.RequestType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What the review forms and the request processes share has one definition each, and every form and process holds
 * to it, so none can drift from the others: {@code forms/shared/review-parts.json} (the request's header fields, the
 * reviewer's context and the decision) and {@code processes/shared/review-steps.xml} (checks, the review with its
 * escalation timer, the decision's gateway). No Spring context: the files themselves.
 */
class SharedReviewPartsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

  /** The forms the request processes (and SmartAuction's steps) open: not, for example, a dealership's confirmation. */
  static Stream<Path> reviewForms() throws IOException {
    java.util.Set<String> used = new java.util.HashSet<>();
    java.util.regex.Pattern formRef = java.util.regex.Pattern.compile("camunda:formRef=\"([^\"]+)\"");
    for (String key : Stream.concat(requestProcesses(), Stream.of("smartauction-enrollment")).toList()) {
      formRef.matcher(Files.readString(Path.of("processes", key + ".bpmn"))).results()
          .forEach(match -> used.add(match.group(1)));
    }
    List<Path> forms = Files.list(Path.of("forms")).filter(path -> path.toString().endsWith(".form")).sorted()
        .toList();
    assertThat(forms.stream().map(path -> path.getFileName().toString().replace(".form", "")))
        .as("every form a request process opens exists").containsAll(used);
    return forms.stream().filter(path -> used.contains(path.getFileName().toString().replace(".form", "")));
  }

  static Stream<String> requestProcesses() {
    return Stream.of(RequestType.values()).map(RequestType::processKey);
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> items = new ArrayList<>();
    array.forEach(items::add);
    return items;
  }

  @ParameterizedTest
  @MethodSource("reviewForms")
  void everyReviewFormOpensWithTheSharedHeaderAndEndsWithTheSharedDecision(Path form) throws IOException {
    assertThat(formDrift(sharedParts(), JSON.readTree(form.toFile()))).as("%s against the shared parts", form)
        .isEmpty();
  }

  @ParameterizedTest
  @MethodSource("requestProcesses")
  void everyRequestProcessHoldsTheSharedReviewStepsExactly(String processKey) throws Exception {
    assertThat(processDrift(sharedSteps(), process(Path.of("processes", processKey + ".bpmn"))))
        .as("%s against the shared review steps", processKey).isEmpty();
  }

  @Test
  void aFormThatDriftsIsCaught() throws IOException {
    JsonNode form = JSON.readTree(Path.of("forms", "review-new-user-id.form").toFile());
    ((ObjectNode) form.get("components").get(form.get("components").size() - 2)).put("label", "Reason");
    ((ObjectNode) form.get("components").get(2)).put("key", "userID");

    assertThat(formDrift(sharedParts(), form)).hasSize(2).anySatisfy(drift -> assertThat(drift).contains("userId"))
        .anySatisfy(drift -> assertThat(drift).contains("Text_DenialReasonTooLong"));
  }

  @Test
  void aProcessThatDriftsIsCaught() throws Exception {
    Element process = process(Path.of("processes", "new-user-id.bpmn"));
    element(process, "Timer_SlaDue").setAttribute("cancelActivity", "true");
    element(process, "Task_ReviewRequest").setAttributeNS(CAMUNDA, "camunda:candidateGroups", "analysts");
    process.removeChild(element(process, "Flow_SlaDue"));
    element(process, "Flow_ToChecks").setAttribute("sourceRef", "Task_SendVerificationEmail");

    assertThat(processDrift(sharedSteps(), process)).containsExactlyInAnyOrder("Timer_SlaDue differs",
        "Task_ReviewRequest differs", "Flow_SlaDue is missing", "Flow_ToChecks differs");
  }

  private static JsonNode sharedParts() throws IOException {
    return JSON.readTree(Path.of("forms", "shared", "review-parts.json").toFile());
  }

  private static Element sharedSteps() throws Exception {
    Element steps = process(Path.of("processes", "shared", "review-steps.xml"));
    assertThat(children(steps)).hasSizeGreaterThan(20);
    return steps;
  }

  /** Where a form leaves the shared parts: the header first (its label may name the person), the decision last. */
  static List<String> formDrift(JsonNode shared, JsonNode form) {
    List<String> drift = new ArrayList<>();
    List<JsonNode> header = list(shared.get("header"));
    List<JsonNode> decision = list(shared.get("decision"));
    List<JsonNode> components = list(form.get("components"));
    if (!"text".equals(components.get(0).path("type").asText())) {
      drift.add("the form does not open with its own intro text");
    }
    for (int i = 0; i < header.size(); i++) {
      JsonNode expected = header.get(i);
      JsonNode actual = components.get(1 + i);
      // a form may name the person's part ("Requester" on a deactivation): everything else is the shared field
      if (actual.path("label").asText().isBlank() || !withoutLabel(actual).equals(withoutLabel(expected))) {
        drift.add("header field " + expected.get("id") + " (" + expected.get("key") + ") differs: " + actual);
      }
    }
    int start = components.size() - decision.size();
    for (int i = 0; i < decision.size(); i++) {
      if (!components.get(start + i).equals(decision.get(i))) {
        drift.add("decision part " + decision.get(i).get("id") + " differs: " + components.get(start + i));
      }
    }
    return drift;
  }

  private static JsonNode withoutLabel(JsonNode field) {
    ObjectNode copy = field.deepCopy();
    copy.remove("label");
    return copy;
  }

  /** Where a process decides role eligibility before its checks: the checks are reached from that decision. */
  static final String ELIGIBILITY_DECISION = "Task_DecideEligibleApplications";

  /**
   * Which shared steps a process lacks or holds differently (the review task's name and form are its own; the flow
   * into the checks may come from the eligibility decision).
   */
  static List<String> processDrift(Element shared, Element process) {
    List<String> drift = new ArrayList<>();
    for (Element step : children(shared)) {
      String id = step.getAttribute("id");
      Element own = element(process, id);
      if (own == null) {
        drift.add(id + " is missing");
        continue;
      }
      Element compared = (Element) own.cloneNode(true);
      if ("Task_ReviewRequest".equals(id)) {
        if (compared.getAttribute("name").isBlank() || !compared.getAttributeNS(CAMUNDA, "formRef")
            .startsWith("review-")) {
          drift.add(id + " needs its own name and review form");
        }
        compared.removeAttribute("name");
        compared.removeAttributeNS(CAMUNDA, "formRef");
      }
      if ("Flow_ToChecks".equals(id) && ELIGIBILITY_DECISION.equals(compared.getAttribute("sourceRef"))) {
        compared.setAttribute("sourceRef", step.getAttribute("sourceRef"));
      }
      if (!compared.isEqualNode(step)) {
        drift.add(id + " differs");
      }
    }
    return drift;
  }

  private static Element element(Element process, String id) {
    return children(process).stream().filter(element -> id.equals(element.getAttribute("id"))).findFirst()
        .orElse(null);
  }

  private static Element process(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setIgnoringComments(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document document = factory.newDocumentBuilder().parse(file.toFile());
    stripWhitespace(document.getDocumentElement());
    return (Element) document.getElementsByTagNameNS(BPMN, "process").item(0);
  }

  private static List<Element> children(Element parent) {
    List<Element> elements = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element element) {
        elements.add(element);
      }
    }
    return elements;
  }

  /** Layout whitespace between elements is not a difference. */
  private static void stripWhitespace(Node node) {
    NodeList nodes = node.getChildNodes();
    for (int i = nodes.getLength() - 1; i >= 0; i--) {
      Node child = nodes.item(i);
      if (child.getNodeType() == Node.TEXT_NODE && child.getTextContent().isBlank()) {
        node.removeChild(child);
      } else {
        stripWhitespace(child);
      }
    }
  }
}
