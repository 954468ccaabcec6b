package io.dealeraccess.review;

import static io.dealeraccess.review.GuardedCommands.DECISION_VARIABLES;

import io.dealeraccess.request.RequestVariables;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.type.PrimitiveValueType;
import org.camunda.bpm.engine.variable.value.TypedValue;

/** What a completion may carry: the decision only, read as plain values (for {@link DecisionCommandGuard}). */
final class DecisionInput {

  private DecisionInput() {}

  /**
   * A decision variable as a plain value. Read typed: an Object, JSON or XML value sent over REST arrives
   * serialized, and reading it plainly throws in the engine (a 500); a decision is never one of those.
   */
  static Object value(Map<?, ?> variables, String name) {
    if (variables instanceof VariableMap typed) {
      TypedValue value = typed.getValueTyped(name);
      if (value != null && value.getType() != null && !(value.getType() instanceof PrimitiveValueType)) {
        throw new InvalidReviewException(name + " must be a plain value (true or false, or a text), not "
            + value.getType().getName() + ".");
      }
      return value == null ? null : value.getValue();
    }
    return variables == null ? null : variables.get(name);
  }

  /** The review form's own completeness check is the browser's: dropped before the engine stores anything. */
  static void withoutFormCheck(Map<?, ?> variables) {
    if (variables != null && variables.containsKey(RequestVariables.DECISION_READY)) {
      try {
        variables.remove(RequestVariables.DECISION_READY);
      } catch (UnsupportedOperationException fixed) {
        throw new InvalidReviewException(RequestVariables.DECISION_READY + " belongs to the Tasklist form only.");
      }
    }
  }

  static void onlyDecision(Map<?, ?> variables) {
    if (variables == null) {
      return;
    }
    Set<String> others = variables.keySet().stream().map(String::valueOf)
        .filter(name -> !DECISION_VARIABLES.contains(name) && !RequestVariables.DECISION_READY.equals(name)).collect(Collectors.toCollection(TreeSet::new));
    if (!others.isEmpty()) {
      throw new InvalidReviewException("A decision carries only approved, denialCode and denialReason; "
          + "not " + String.join(", ", others) + ".");
    }
  }
}
