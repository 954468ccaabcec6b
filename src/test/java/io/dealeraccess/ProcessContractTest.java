package io.dealeraccess;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dealeraccess.request.RequestVariables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The contract between processes/ and forms/ and the Java side: every delegateExpression names a bean, every
 * variable an expression or a form uses is declared in {@link RequestVariables}, every formRef has a form.
 */
class ProcessContractTest extends IntegrationTestSupport {

  private static final Pattern DELEGATE = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"");
  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");
  private static final Pattern IDENTIFIER = Pattern.compile("(?<![.\\w'\"])([a-zA-Z_]\\w*)");
  private static final Pattern INPUT = Pattern.compile("inputParameter name=\"(\\w+)\"");
  private static final Pattern FORM_REF = Pattern.compile("camunda:formRef=\"([\\w-]+)\"");
  private static final Set<String> EL_WORDS = Set.of("true", "false", "null", "not", "and", "or", "empty", "eq",
      "ne", "lt", "gt", "le", "ge");

  @Autowired
  private ApplicationContext context;

  private static List<Path> files(String folder, String extension) throws IOException {
    try (Stream<Path> paths = Files.walk(Path.of(folder))) {
      return paths.filter(path -> path.toString().endsWith(extension)).sorted().toList();
    }
  }

  private static List<String> matches(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  @Test
  void everyDelegateExpressionNamesABean() throws IOException {
    List<Path> bpmn = files("processes", ".bpmn");
    assertThat(bpmn).isNotEmpty();
    Set<String> beans = new TreeSet<>();
    for (Path file : bpmn) {
      beans.addAll(matches(DELEGATE, Files.readString(file)));
    }
    assertThat(beans).isNotEmpty();
    assertThat(beans).allSatisfy(bean -> assertThat(context.containsBean(bean)).as("bean %s", bean).isTrue());
  }

  @Test
  void everyVariableUsedInProcessesIsDeclared() throws IOException {
    Set<String> used = new TreeSet<>();
    for (Path file : files("processes", ".bpmn")) {
      String xml = Files.readString(file);
      for (String expression : matches(EXPRESSION, xml)) {
        // beans (delegates, the SLA calendar) are checked by the test above
        matches(IDENTIFIER, expression).stream().filter(word -> !EL_WORDS.contains(word))
            .filter(word -> !context.containsBean(word)).forEach(used::add);
      }
      used.addAll(matches(INPUT, xml));
    }
    assertThat(used).contains("approved", "slaDueAt", "mailTemplate");
    assertThat(used).allSatisfy(name -> assertThat(RequestVariables.ALL).as("declared: %s", name).contains(name));
  }

  @Test
  void everyFormKeyIsDeclaredAndEveryFormRefHasAForm() throws IOException {
    ObjectMapper json = new ObjectMapper();
    Set<String> formIds = new TreeSet<>();
    Set<String> keys = new TreeSet<>();
    for (Path file : files("forms", ".form")) {
      JsonNode form = json.readTree(file.toFile());
      assertThat(file.getFileName().toString()).isEqualTo(form.get("id").asText() + ".form");
      formIds.add(form.get("id").asText());
      form.get("components").findValuesAsText("key").forEach(keys::add);
    }
    assertThat(keys).contains("approved", "denialReason");
    assertThat(keys).allSatisfy(key -> assertThat(RequestVariables.ALL).as("declared: %s", key).contains(key));
    for (Path file : files("processes", ".bpmn")) {
      assertThat(formIds).containsAll(matches(FORM_REF, Files.readString(file)));
    }
  }

  @Test
  void everyProcessFileIsNamedAfterItsKeyAndKeepsHistoryForAWhile() throws IOException {
    for (Path file : files("processes", ".bpmn")) {
      String xml = Files.readString(file);
      String key = file.getFileName().toString().replace(".bpmn", "");
      assertThat(xml).contains("<bpmn:process id=\"" + key + "\"").contains("camunda:historyTimeToLive=");
      assertThat(xml).as("no generated element ids in %s", file)
          .doesNotContainPattern("id=\"(Activity|Event|Gateway|Flow)_[0-9a-z]{7}\"");
    }
  }
}
