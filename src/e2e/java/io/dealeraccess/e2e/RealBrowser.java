package io.dealeraccess.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's Chromium (/usr/bin/chromium) driven by Playwright for Java: Playwright never downloads a browser. Keeps
 * screenshots of a journey's key pages under target/e2e/, and on a failure the page's screenshot and HTML under
 * target/e2e-failures/. Runs axe-core on a page: no serious or critical violation is allowed. Registered as a static
 * extension: closes a test's windows after it, and the browser after the class.
 */
final class RealBrowser implements AfterTestExecutionCallback, AfterEachCallback, AfterAllCallback {

  static final Path CHROMIUM = Path.of(System.getProperty("e2e.chromium", "/usr/bin/chromium"));

  private final Playwright playwright;
  private final Browser browser;
  private final List<BrowserContext> contexts = new ArrayList<>();
  private final List<Page> pages = new ArrayList<>();
  private Path shots;
  private int shot;

  RealBrowser() {
    assertThat(CHROMIUM).as("Debian's chromium package (apt-get install chromium)").exists();
    playwright = Playwright.create(new Playwright.CreateOptions()
        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    // as root: no sandbox; no background connections (this machine's network is closed)
    browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
        .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage")));
  }

  /** Where this journey's screenshots go: target/e2e/{journey}/. */
  void journey(String name) {
    shots = Path.of("target", "e2e", name);
    shot = 0;
  }

  /** A new browser window with its own cookies (a dealer, an agent). */
  Page newPage() {
    return newPage(1280, 900);
  }

  /** A new window of this size: 1280 wide as a desk, 390 as a phone. */
  Page newPage(int width, int height) {
    BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height));
    context.setDefaultTimeout(30_000);
    contexts.add(context);
    Page page = context.newPage();
    pages.add(page);
    return page;
  }

  void screenshot(Page page, String name) {
    shot++;
    page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
        .setPath(shots.resolve(String.format("%02d-%s.png", shot, name))));
  }

  /** axe-core on the page as it is now: no serious or critical violation. */
  void assertAccessible(Page page) {
    AxeBuilder axe = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"));
    if (page.frames().stream().filter(frame -> frame != page.mainFrame()).anyMatch(RealBrowser::runsNoScript)) {
      // a frame that runs no script (the local mailbox's sandboxed email) would keep axe waiting for ever: the page
      // without its frames, in axe's own mode that honours that
      AxeRunOptions options = new AxeRunOptions();
      options.setIFrames(false);
      axe.options(options).setLegacyMode(true);
    }
    AxeResults results = axe.analyze();
    List<String> blocking = results.getViolations().stream()
        .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
        .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at " + rule.getNodes()
            .stream().map(node -> node.getTarget() + " " + node.getFailureSummary().replace('\n', ' '))
            .collect(Collectors.joining("; ")))
        .toList();
    assertThat(blocking).as("serious or critical accessibility violations on %s", page.url()).isEmpty();
  }

  private static boolean runsNoScript(Frame frame) {
    String sandbox = frame.frameElement().getAttribute("sandbox");
    return sandbox != null && !sandbox.contains("allow-scripts");
  }

  /** True when the page is wider than the window (a phone would scroll sideways). */
  static boolean scrollsSideways(Page page) {
    return (Boolean) page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth + 1");
  }

  /** Tabs from where the focus is until the element with this id has it: the page works by keyboard alone. */
  static void tabTo(Page page, String id) {
    for (int i = 0; i < 40 && !id.equals(focusedId(page)); i++) {
      page.keyboard().press("Tab");
    }
    assertThat(focusedId(page)).as("reached by Tab").isEqualTo(id);
  }

  /** Tabs from where the focus is until a link or button with this text has it. */
  static void tabToControl(Page page, String text) {
    for (int i = 0; i < 60 && !text.equals(focusedText(page)); i++) {
      page.keyboard().press("Tab");
    }
    assertThat(focusedText(page)).as("reached by Tab").isEqualTo(text);
  }

  /** The focused element's own text, spaces collapsed. */
  static String focusedText(Page page) {
    return (String) page.evaluate("() => document.activeElement && document.activeElement.textContent.trim()"
        + ".replace(/\\s+/g, ' ')");
  }

  /** True when the focused element shows a focus ring (an outline or a box shadow): a keyboard user sees where. */
  static boolean focusRingShown(Page page) {
    return (Boolean) page.evaluate("() => { const s = getComputedStyle(document.activeElement);"
        + " return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none'; }");
  }

  static String focusedId(Page page) {
    return (String) page.evaluate("() => document.activeElement && document.activeElement.id");
  }

  @Override
  public void afterEach(ExtensionContext context) {
    contexts.forEach(BrowserContext::close);
    contexts.clear();
    pages.clear();
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    if (context.getExecutionException().isEmpty()) {
      return;
    }
    Path failures = Path.of("target", "e2e-failures", context.getRequiredTestMethod().getName());
    try {
      Files.createDirectories(failures);
      for (int i = 0; i < pages.size(); i++) {
        Page page = pages.get(i);
        if (!page.isClosed()) {
          page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(failures.resolve("window-" + i
              + ".png")));
          Files.writeString(failures.resolve("window-" + i + ".html"), "<!-- " + page.url() + " -->\n"
              + page.content());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      // a page that cannot be captured must not hide the test's own failure
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    browser.close();
    playwright.close();
  }
}
