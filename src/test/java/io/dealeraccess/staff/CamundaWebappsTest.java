package io.dealeraccess.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

/**
 * The web apps' path is named once: a move to an engine fork found it written in five places, and the review's
 * protection silently stopped covering Tasklist's API where one was missed.
 */
class CamundaWebappsTest {

  @Test
  void theApplicationPutsCamundasWebAppsWhereTheCodeSaysTheyAre() throws IOException {
    Object path = new YamlPropertySourceLoader().load("application.yaml", new ClassPathResource("application.yaml"))
        .get(0).getProperty("camunda.bpm.webapp.application-path");
    assertThat(path).isEqualTo(CamundaWebapps.PATH);
  }

  @Test
  void noOtherFileWritesThePath() {
    List<String> writers = io.dealeraccess.MainSources.matching(text -> text.contains("\"/camunda/")
        || text.contains("@{/camunda/") || text.contains("'/camunda/"), "src/main/java", "src/main/resources/templates");
    assertThat(writers).as("files writing the web apps' path instead of CamundaWebapps").isEmpty();
  }
}
