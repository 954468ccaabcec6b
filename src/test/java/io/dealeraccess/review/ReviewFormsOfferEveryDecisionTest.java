package io.dealeraccess.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dealeraccess.request.DenialCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every review form in {@code forms/} offers every decision the server accepts ({@link ReviewDecision}): approve or
 * deny, each denial code a reviewer may choose, and the text that "Other" needs. No Spring context: the form files.
 */
class ReviewFormsOfferEveryDecisionTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The request processes' review forms (SharedReviewPartsTest finds them by the processes' formRefs). */
  static Stream<Path> reviewForms() throws IOException {
    return SharedReviewPartsTest.reviewForms();
  }

  private static List<JsonNode> fields(Path form) throws IOException {
    List<JsonNode> fields = new ArrayList<>();
    collect(JSON.readTree(form.toFile()), fields);
    return fields;
  }

  private static void collect(JsonNode node, List<JsonNode> into) {
    for (JsonNode component : node.path("components")) {
      into.add(component);
      collect(component, into);
    }
  }

  private static JsonNode field(List<JsonNode> fields, String key, Path form) {
    return fields.stream().filter(field -> key.equals(field.path("key").asText())).findFirst()
        .orElseThrow(() -> new AssertionError(form + " has no field " + key));
  }

  private static List<String> values(JsonNode field) {
    List<String> values = new ArrayList<>();
    field.path("values").forEach(value -> values.add(value.path("value").asText()));
    return values;
  }

  @ParameterizedTest
  @MethodSource("reviewForms")
  void approveOrDenyWithEveryCodeAndTheTextOtherNeeds(Path form) throws IOException {
    List<JsonNode> fields = fields(form);

    assertThat(values(field(fields, "approved", form))).as("decisions in %s", form).containsExactlyInAnyOrder(
        "true", "false");
    assertThat(values(field(fields, "denialCode", form))).as("denial codes in %s", form)
        .containsExactlyInAnyOrderElementsOf(Arrays.stream(DenialCode.values())
            .filter(code -> code != DenialCode.FAILED_CHECK).map(DenialCode::name).toList());
    JsonNode reason = field(fields, "denialReason", form);
    assertThat(reason.path("type").asText()).isEqualTo("textarea");
    assertThat(reason.path("conditional").path("hide").asText()).as("shown when denying")
        .isEqualTo("=approved != \"false\"");
    // no field that can be hidden validates itself: form-js keeps a hidden field's error, and Tasklist's Complete
    // stays disabled with nothing to show why (issue 16). The form's own check is one computed field instead.
    assertThat(fields).filteredOn(field -> field.has("conditional")).allSatisfy(field -> assertThat(
        field.has("validate")).as("%s validates while it can be hidden", field.get("id")).isFalse());
    JsonNode ready = field(fields, "decisionReady", form);
    assertThat(ready.path("type").asText()).isEqualTo("expression");
    assertThat(ready.path("validate").path("required").asBoolean()).isTrue();
    assertThat(ready.path("expression").asText()).as("what the server refuses, refused in the form")
        .contains("denialCode != \"OTHER\"").contains("> " + ReviewDecision.MAX_REASON_LENGTH)
        // the very patterns the server applies, as FEEL strings: a link, and a text of characters nobody sees
        .contains(feelString(ReviewDecision.LINK_PATTERN) + ", \"\", \"i\")")
        .contains(feelString(ReviewDecision.EMAIL_PATTERN) + ", " + feelString(ReviewDecision.EMAIL_STANDS_IN)
            + ", \"i\")")
        .contains("replace(denialReason, " + feelString(ReviewDecision.BREAKS) + ", \" \")")
        .contains("replace(denialReason, " + feelString(ReviewDecision.INVISIBLE) + ", \"\") = \"\"");
  }

  /** A FEEL string literal of {@code text}: backslashes and quotes escaped. */
  private static String feelString(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
