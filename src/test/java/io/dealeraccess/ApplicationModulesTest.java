package io.dealeraccess;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The rooms of the house, checked (Spring Modulith, no Spring context): each top-level package under
 * {@code io.dealeraccess} is a module; no module reaches into another's sub-packages and no two modules depend on
 * each other in a circle. Writes the module documentation (PlantUML component diagrams: all modules, and one per module) to
 * {@code docs/modules}. (Modulith 1.4.4's module canvases fail on this code base with a NullPointerException in its
 * javadoc metadata reader, so they are not written.)
 */
class ApplicationModulesTest {

  private static final ApplicationModules MODULES = ApplicationModules.of(DealerAccessApplication.class);

  @Test
  void theModulesKeepTheirBoundaries() {
    MODULES.verify();
  }

  @Test
  void everyFeatureIsAModule() {
    assertThat(MODULES.stream().map(module -> module.getName())).contains("account", "request", "review",
        "notification", "inactivity", "staff", "web", "smartauction", "sla", "registration", "requestform", "profile",
        "status", "signin");
  }

  @Test
  void theModuleDocumentationIsWritten() throws IOException {
    Path docs = Path.of("docs", "modules");
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(docs.toString()))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml();
    try (java.util.stream.Stream<Path> files = Files.list(docs)) {
      for (Path file : files.filter(file -> file.toString().endsWith(".puml")).toList()) {
        Files.writeString(file, inStableOrder(Files.readString(file)));
      }
    }

    assertThat(docs.resolve("components.puml")).exists();
    assertThat(Files.readString(docs.resolve("components.puml"))).contains("\"Request\"").contains("\"Review\"");
  }

  /**
   * The Documenter lists components and relations in a different order from run to run: sorted, so the committed
   * diagrams change only when the modules do.
   */
  private static String inStableOrder(String plantUml) {
    List<String> lines = new ArrayList<>(plantUml.lines().toList());
    for (int start = 0; start < lines.size(); start++) {
      String kind = kindOf(lines.get(start));
      if (kind == null) {
        continue;
      }
      int end = start;
      while (end < lines.size() && kind.equals(kindOf(lines.get(end)))) {
        end++;
      }
      java.util.Collections.sort(lines.subList(start, end));
      start = end;
    }
    return String.join("\n", lines) + "\n";
  }

  private static String kindOf(String line) {
    String stripped = line.strip();
    return stripped.startsWith("Rel(") ? "Rel" : stripped.startsWith("Component(") ? "Component" : null;
  }
}
