package io.dealeraccess;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dealeraccess.inactivity.SweepVariables;
import io.dealeraccess.request.RequestVariables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

/**
 * The contract between processes/ and forms/ and the Java side, read from the files without starting the
 * application: every delegate or bean an expression names exists, every variable a process expression, a call
 * activity's {@code camunda:in}/{@code camunda:out}, a mail task's input, a business rule task's result variable or a
 * form (its keys and its FEEL) uses is
 * declared in {@link RequestVariables} (the sweep's in {@link SweepVariables}), every formRef has a form, and every
 * element id the Java code names exists in a
 * process. Each check is a function of the files' text; the {@code aTypoIn…} tests feed it a typo and see it fail.
 */
class ProcessContractTest {

  private static final Pattern DELEGATE = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"");
  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
  private static final Pattern IDENTIFIER = Pattern.compile("(?<![.\\w'\"])([a-zA-Z_]\\w*)");
  private static final Pattern INPUT = Pattern.compile("inputParameter name=\"(\\w+)\"");
  /** What a business rule task writes its decision's result to. */
  private static final Pattern RESULT_VARIABLE = Pattern.compile("camunda:resultVariable=\"(\\w+)\"");
  private static final Pattern CALL_MAPPING = Pattern.compile("<camunda:(?:in|out)\\b([^>]*)>");
  private static final Pattern MAPPED_NAME = Pattern.compile("\\b(?:source|target)=\"(\\w+)\"");
  private static final Pattern FORM_REF = Pattern.compile("camunda:formRef=\"([\\w-]+)\"");
  private static final Pattern ELEMENT_ID = Pattern.compile(" id=\"(\\w+)\"");
  private static final Pattern JAVA_ELEMENT_ID = Pattern.compile(
      "\"((?:Task|Timer|Gateway|EndEvent|StartEvent|CallActivity|Flow|Msg)_\\w+)\"");
  private static final Pattern FEEL_STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
  private static final Set<String> EL_WORDS = Set.of("true", "false", "null", "not", "and", "or", "empty", "eq",
      "ne", "lt", "gt", "le", "ge", "execution", "processBusinessKey");
  /** FEEL's own words and the built-in functions our forms call. */
  private static final Set<String> FEEL_WORDS = Set.of("true", "false", "null", "not", "and", "or", "if", "then",
      "else", "string", "length", "replace", "contains", "matches", "upper", "lower", "case", "is", "defined");

  private static Set<String> beans;
  /** The request processes' variables and the inactivity sweep's. */
  private static final Set<String> DECLARED = java.util.stream.Stream.concat(RequestVariables.ALL.stream(),
      java.util.stream.Stream.concat(SweepVariables.ALL.stream(),
          io.dealeraccess.offboarding.OffboardingVariables.ALL.stream())).collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** The application's bean names, as Spring would name them: scanned, not started. */
  @BeforeAll
  static void scanBeans() throws ClassNotFoundException {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(true);
    AnnotationBeanNameGenerator names = AnnotationBeanNameGenerator.INSTANCE;
    SimpleBeanDefinitionRegistry registry = new SimpleBeanDefinitionRegistry();
    beans = new TreeSet<>();
    for (BeanDefinition definition : scanner.findCandidateComponents("io.dealeraccess")) {
      beans.add(names.generateBeanName(definition, registry));
      for (Method method : Class.forName(definition.getBeanClassName()).getDeclaredMethods()) {
        Bean bean = method.getAnnotation(Bean.class);
        if (bean != null) {
          beans.add(bean.name().length > 0 ? bean.name()[0] : method.getName());
        }
      }
    }
    assertThat(beans).contains("sendEmailDelegate", "slaCalendar");
  }

  private static Map<String, String> files(String folder, String extension) {
    Map<String, String> texts = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(Path.of(folder))) {
      for (Path path : paths.filter(path -> path.toString().endsWith(extension)).sorted().toList()) {
        texts.put(path.toString(), Files.readString(path));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(texts).as("%s files in %s", extension, folder).isNotEmpty();
    return texts;
  }

  private static Map<String, String> processes() {
    return files("processes", ".bpmn");
  }

  private static List<String> matches(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      for (int group = 1; group <= matcher.groupCount(); group++) {
        if (matcher.group(group) != null) {
          found.add(matcher.group(group));
        }
      }
    }
    return found;
  }

  // --- the checks: each returns what is wrong in the files it is given

  static Set<String> unknownDelegates(Map<String, String> processes) {
    Set<String> unknown = new TreeSet<>();
    processes.values().forEach(xml -> matches(DELEGATE, xml).stream().filter(bean -> !beans.contains(bean))
        .forEach(unknown::add));
    return unknown;
  }

  /**
   * Names in process expressions, mail inputs, business rule tasks' result variables and call activity mappings that
   * are neither beans nor declared.
   */
  static Set<String> undeclaredProcessVariables(Map<String, String> processes) {
    Set<String> undeclared = new TreeSet<>();
    for (String xml : processes.values()) {
      List<String> used = new ArrayList<>();
      for (String expression : matches(EXPRESSION, xml)) {
        matches(IDENTIFIER, expression).stream().filter(word -> !EL_WORDS.contains(word))
            .filter(word -> !beans.contains(word)).forEach(used::add);
      }
      used.addAll(matches(INPUT, xml));
      used.addAll(matches(RESULT_VARIABLE, xml));
      matches(CALL_MAPPING, xml).forEach(mapping -> used.addAll(matches(MAPPED_NAME, mapping)));
      used.stream().filter(name -> !DECLARED.contains(name)).forEach(undeclared::add);
    }
    return undeclared;
  }

  /** Form keys and the names a form's FEEL reads ({@code conditional.hide}, validation, computed fields). */
  static Set<String> undeclaredFormNames(Map<String, String> forms) {
    Set<String> undeclared = new TreeSet<>();
    ObjectMapper json = new ObjectMapper();
    for (String text : forms.values()) {
      JsonNode form;
      try {
        form = json.readTree(text);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      List<String> used = new ArrayList<>(form.get("components").findValuesAsText("key"));
      List<String> feel = new ArrayList<>();
      collectFeel(form, feel);
      for (String expression : feel) {
        matches(IDENTIFIER, FEEL_STRING.matcher(expression.substring(1)).replaceAll(" ")).stream()
            .filter(word -> !FEEL_WORDS.contains(word)).forEach(used::add);
      }
      used.stream().filter(name -> !DECLARED.contains(name)).forEach(undeclared::add);
    }
    return undeclared;
  }

  /** Every string value starting with "=" is a FEEL expression in a Camunda Form. */
  private static void collectFeel(JsonNode node, List<String> into) {
    if (node.isTextual() && node.asText().startsWith("=")) {
      into.add(node.asText());
    }
    node.forEach(child -> collectFeel(child, into));
  }

  static Set<String> formRefsWithoutForm(Map<String, String> processes, Map<String, String> forms) {
    Set<String> ids = new TreeSet<>();
    forms.keySet().forEach(path -> ids.add(Path.of(path).getFileName().toString().replace(".form", "")));
    Set<String> missing = new TreeSet<>();
    processes.values().forEach(xml -> matches(FORM_REF, xml).stream().filter(ref -> !ids.contains(ref))
        .forEach(missing::add));
    return missing;
  }

  /** Element ids the Java code names (task keys, message names) that no process has. */
  static Set<String> javaIdsWithoutElement(Map<String, String> java, Map<String, String> processes) {
    Set<String> ids = new TreeSet<>();
    processes.values().forEach(xml -> ids.addAll(matches(ELEMENT_ID, xml)));
    Set<String> missing = new TreeSet<>();
    java.values().forEach(source -> matches(JAVA_ELEMENT_ID, source).stream().filter(id -> !ids.contains(id))
        .forEach(missing::add));
    return missing;
  }

  // --- the contract holds

  @Test
  void everyDelegateExpressionNamesABean() {
    assertThat(matches(DELEGATE, String.join("", processes().values()))).contains("sendEmailDelegate");
    assertThat(unknownDelegates(processes())).isEmpty();
  }

  @Test
  void everyVariableUsedInProcessesIsDeclared() {
    assertThat(undeclaredProcessVariables(processes())).isEmpty();
  }

  @Test
  void everyFormKeyAndEveryNameInAFormsFeelIsDeclared() {
    assertThat(undeclaredFormNames(files("forms", ".form"))).isEmpty();
  }

  @Test
  void everyFormRefHasAFormNamedAfterItsId() throws IOException {
    ObjectMapper json = new ObjectMapper();
    for (Map.Entry<String, String> form : files("forms", ".form").entrySet()) {
      assertThat(Path.of(form.getKey()).getFileName().toString())
          .isEqualTo(json.readTree(form.getValue()).get("id").asText() + ".form");
    }
    assertThat(formRefsWithoutForm(processes(), files("forms", ".form"))).isEmpty();
  }

  @Test
  void everyElementIdNamedInJavaIsInAProcess() {
    Map<String, String> java = files("src/main/java", ".java");
    assertThat(matches(JAVA_ELEMENT_ID, String.join("", java.values()))).contains("Task_ReviewRequest");
    assertThat(javaIdsWithoutElement(java, processes())).isEmpty();
  }

  @Test
  void everyProcessFileIsNamedAfterItsKeyAndKeepsHistoryForAWhile() {
    processes().forEach((file, xml) -> {
      String key = Path.of(file).getFileName().toString().replace(".bpmn", "");
      assertThat(xml).contains("<bpmn:process id=\"" + key + "\"").contains("camunda:historyTimeToLive=");
      assertThat(xml).as("no generated element ids in %s", file)
          .doesNotContainPattern("id=\"(Activity|Event|Gateway|Flow)_[0-9a-z]{7}\"");
    });
  }

  // --- each check fails on a typo

  private static Map<String, String> withTypo(Map<String, String> files, String file, String from, String to) {
    Map<String, String> changed = new TreeMap<>(files);
    String text = changed.get(file);
    assertThat(text).as("%s holds %s", file, from).contains(from);
    changed.put(file, text.replace(from, to));
    return changed;
  }

  private static final String NEW_USER_ID = Path.of("processes", "new-user-id.bpmn").toString();
  private static final String NEW_USER_ID_FORM = Path.of("forms", "review-new-user-id.form").toString();

  @Test
  void aTypoInADelegateIsCaught() {
    assertThat(unknownDelegates(withTypo(processes(), NEW_USER_ID, "${provisionAccountDelegate}",
        "${provisionAcountDelegate}"))).containsExactly("provisionAcountDelegate");
  }

  @Test
  void aTypoInAConditionOrAMailInputIsCaught() {
    assertThat(undeclaredProcessVariables(withTypo(processes(), NEW_USER_ID, "${!checksPassed}",
        "${!checkPassed}"))).containsExactly("checkPassed");
    assertThat(undeclaredProcessVariables(withTypo(processes(), NEW_USER_ID, "name=\"mailRecipient\"",
        "name=\"mailRecipients\""))).containsExactly("mailRecipients");
  }

  @Test
  void aTypoInABusinessRuleTasksResultVariableIsCaught() {
    assertThat(undeclaredProcessVariables(withTypo(processes(), NEW_USER_ID,
        "camunda:resultVariable=\"eligibleApplications\"", "camunda:resultVariable=\"eligibleApplication\"")))
        .containsExactly("eligibleApplication");
  }

  @Test
  void aTypoInACallActivitysInOrOutIsCaught() {
    assertThat(undeclaredProcessVariables(withTypo(processes(), NEW_USER_ID, "source=\"dealershipName\"",
        "source=\"dealerName\""))).containsExactly("dealerName");
    assertThat(undeclaredProcessVariables(withTypo(processes(), NEW_USER_ID, "target=\"pdn\"",
        "target=\"PDN\""))).containsExactly("PDN");
  }

  @Test
  void aTypoInAFormKeyOrItsFeelIsCaught() {
    Map<String, String> forms = files("forms", ".form");
    assertThat(undeclaredFormNames(withTypo(forms, NEW_USER_ID_FORM, "\"key\": \"applicantEmail\"",
        "\"key\": \"applicantMail\""))).containsExactly("applicantMail");
    assertThat(undeclaredFormNames(withTypo(forms, NEW_USER_ID_FORM, "\"hide\": \"=approved != \\\"false\\\"\"",
        "\"hide\": \"=aproved != \\\"false\\\"\""))).containsExactly("aproved");
    assertThat(undeclaredFormNames(withTypo(forms, NEW_USER_ID_FORM, "denialCode != \\\"OTHER\\\"",
        "denialcode != \\\"OTHER\\\""))).containsExactly("denialcode");
  }

  @Test
  void aTypoInAFormRefIsCaught() {
    assertThat(formRefsWithoutForm(withTypo(processes(), NEW_USER_ID, "camunda:formRef=\"review-new-user-id\"",
        "camunda:formRef=\"review-new-userid\""), files("forms", ".form"))).containsExactly("review-new-userid");
  }

  @Test
  void aTypoInAnElementIdNamedInJavaIsCaught() {
    Map<String, String> java = Map.of("SmartAuctionSteps.java",
        "static final String TASK = \"Task_VerifySmartAuctionEnrolment\";");
    assertThat(javaIdsWithoutElement(java, processes())).containsExactly("Task_VerifySmartAuctionEnrolment");
  }
}
