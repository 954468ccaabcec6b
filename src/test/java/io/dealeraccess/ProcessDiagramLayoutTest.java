package io.dealeraccess;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.di.DiagramElement;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.junit.jupiter.api.Test;

/**
 * The diagrams as Cockpit draws them (from their DI, without starting the application): no flow runs through a
 * label, and no label sits on a shape. The "No" flows out of the gateways once ran through "Checks passed?" and
 * "Approved?" (found in Cockpit by the walk through every page, issue 21).
 */
class ProcessDiagramLayoutTest {

  @Test
  void noFlowCrossesALabelAndNoLabelSitsOnAShape() throws IOException {
    List<String> problems = new ArrayList<>();
    List<Path> files = processFiles();
    assertThat(files).as("the diagrams read").hasSizeGreaterThanOrEqualTo(9);
    for (Path file : files) {
      problems.addAll(layoutProblems(file.getFileName().toString(), Bpmn.readModelFromFile(file.toFile())));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void aGatewayLabelUnderItsOwnNoFlowIsFound() {
    BpmnModelInstance diagram = Bpmn.readModelFromFile(Path.of("processes/deactivate-user-id.bpmn").toFile());
    BpmnShape gateway = shapeOf(diagram, "Gateway_Approved");
    Bounds label = gateway.getBpmnLabel().getBounds();
    label.setY(gateway.getBounds().getY() + gateway.getBounds().getHeight() + 4);

    assertThat(layoutProblems("deactivate-user-id.bpmn", diagram))
        .containsExactly("deactivate-user-id.bpmn: flow Flow_Denied runs through the label of Gateway_Approved");
  }

  static List<String> layoutProblems(String name, BpmnModelInstance diagram) {
    Collection<BpmnEdge> edges = diagram.getModelElementsByType(BpmnEdge.class);
    Collection<BpmnShape> shapes = diagram.getModelElementsByType(BpmnShape.class);
    List<String> problems = new ArrayList<>();
    for (DiagramElement owner : labelled(edges, shapes)) {
      String ownerId = owner instanceof BpmnEdge edge ? edge.getBpmnElement().getId()
          : ((BpmnShape) owner).getBpmnElement().getId();
      Rectangle2D label = rectangle(labelOf(owner).getBounds());
      for (BpmnEdge edge : edges) {
        if (edge != owner && crosses(edge, label)) {
          problems.add(name + ": flow " + edge.getBpmnElement().getId() + " runs through the label of " + ownerId);
        }
      }
      for (BpmnShape shape : shapes) {
        if (shape != owner && rectangle(shape.getBounds()).intersects(label)) {
          problems.add(name + ": the label of " + ownerId + " sits on " + shape.getBpmnElement().getId());
        }
      }
    }
    return problems;
  }

  private static List<DiagramElement> labelled(Collection<BpmnEdge> edges, Collection<BpmnShape> shapes) {
    List<DiagramElement> labelled = new ArrayList<>();
    edges.stream().filter(edge -> hasBounds(edge.getBpmnLabel())).forEach(labelled::add);
    shapes.stream().filter(shape -> hasBounds(shape.getBpmnLabel())).forEach(labelled::add);
    return labelled;
  }

  private static boolean hasBounds(BpmnLabel label) {
    return label != null && label.getBounds() != null;
  }

  private static BpmnLabel labelOf(DiagramElement owner) {
    return owner instanceof BpmnEdge edge ? edge.getBpmnLabel() : ((BpmnShape) owner).getBpmnLabel();
  }

  private static boolean crosses(BpmnEdge edge, Rectangle2D label) {
    List<Waypoint> points = new ArrayList<>(edge.getWaypoints());
    for (int i = 1; i < points.size(); i++) {
      Waypoint from = points.get(i - 1);
      Waypoint to = points.get(i);
      if (label.intersectsLine(from.getX(), from.getY(), to.getX(), to.getY())) {
        return true;
      }
    }
    return false;
  }

  private static Rectangle2D rectangle(Bounds bounds) {
    return new Rectangle2D.Double(bounds.getX(), bounds.getY(), bounds.getWidth(), bounds.getHeight());
  }

  private static BpmnShape shapeOf(BpmnModelInstance diagram, String elementId) {
    return diagram.getModelElementsByType(BpmnShape.class).stream()
        .filter(shape -> shape.getBpmnElement().getId().equals(elementId)).findFirst().orElseThrow();
  }

  private static List<Path> processFiles() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      return files.filter(file -> file.toString().endsWith(".bpmn")).sorted().toList();
    }
  }
}
