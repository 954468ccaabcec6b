package io.dealeraccess;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The rooms of the house, checked (Spring Modulith, no Spring context): each top-level package under
 * {@code io.dealeraccess} is a module; no module reaches into another's sub-packages and no two modules depend on
 * each other in a circle. Writes the module documentation (PlantUML component diagrams and a canvas per module) to
 * {@code docs/modules}.
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
        "notification", "inactivity", "staff", "web", "smartauction", "sla");
  }

  @Test
  void theModuleDocumentationIsWritten() throws IOException {
    Path docs = Path.of("docs", "modules");
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(docs.toString()))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml()
        .writeModuleCanvases();

    assertThat(docs.resolve("components.puml")).exists();
    assertThat(Files.readString(docs.resolve("components.puml"))).contains("\"Request\"").contains("\"Review\"");
  }
}
