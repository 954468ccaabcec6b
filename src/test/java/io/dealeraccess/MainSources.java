package io.dealeraccess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The application's own files as text, for tests that hold the code to a rule (no Spring context). */
public final class MainSources {

  private MainSources() {}

  /** The files under {@code roots} (relative to the project) whose text matches, as paths relative to their root. */
  public static List<String> matching(Predicate<String> text, String... roots) {
    return Stream.of(roots).flatMap(root -> {
      Path base = Path.of(root);
      try (Stream<Path> files = Files.walk(base)) {
        return files.filter(Files::isRegularFile).filter(file -> text.test(read(file)))
            .map(file -> base.relativize(file).toString().replace('\\', '/')).toList().stream();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }).toList();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
