package io.dealeraccess.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
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
  void noOtherFileWritesThePath() throws IOException {
    List<String> writers;
    try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java")),
        Files.walk(Path.of("src/main/resources/templates")))) {
      writers = files.filter(Files::isRegularFile)
          .filter(file -> !file.endsWith(Path.of("io/dealeraccess/staff/CamundaWebapps.java")))
          .filter(file -> {
            try {
              String text = Files.readString(file);
              return text.contains("\"/camunda/") || text.contains("@{/camunda/") || text.contains("'/camunda/");
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          }).map(Path::toString).toList();
    }
    assertThat(writers).isEmpty();
  }
}
