package io.dealeraccess.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

/**
 * A dealer's browser without JavaScript, for integration tests: keeps cookies, follows redirects, and submits forms
 * the way a browser does (hidden fields such as the CSRF token included).
 */
public class DealerBrowser {

  private final String baseUrl;
  private final Connection session = Jsoup.newSession().ignoreHttpErrors(true).ignoreContentType(true)
      .followRedirects(true).timeout(30_000)
      .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
  private Connection.Response last;

  /** A file chosen in a file field: the form is then sent as multipart/form-data, as a browser sends it. */
  public record Upload(String fileName, byte[] content, String contentType) {

    public static Upload csv(String fileName, String text) {
      return new Upload(fileName, text.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/csv");
    }
  }

  public DealerBrowser(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** Sent with every later request (for example X-Forwarded-For, as a proxy in front of the app would). */
  public DealerBrowser withHeader(String name, String value) {
    session.header(name, value);
    return this;
  }

  /**
   * A second tab of this browser: the same cookies (so the same session), its own connection, so both can send at
   * the same moment (one jsoup session must not run two requests at once).
   */
  public DealerBrowser secondTab() {
    DealerBrowser tab = new DealerBrowser(baseUrl);
    tab.session.cookieStore(session.cookieStore());
    return tab;
  }

  public Document open(String pathOrUrl) {
    String url = pathOrUrl.startsWith("http") ? pathOrUrl : baseUrl + pathOrUrl;
    return execute(session.newRequest(url).method(Connection.Method.GET));
  }

  /**
   * Submits the form matched by {@code formSelector} with the page's own values, {@code fields} replacing or adding
   * values; a list value sends the field once per element (checkboxes), an {@link Upload} sends a file. {@code button} names the submit button
   * pressed, if any.
   */
  public Document submit(Document page, String formSelector, Map<String, ?> fields, String button) {
    Element element = page.selectFirst(formSelector);
    assertThat(element).as("form %s on %s", formSelector, page.location()).isNotNull();
    FormElement form = (FormElement) element;
    List<Connection.KeyVal> data = new ArrayList<>();
    for (Connection.KeyVal value : form.formData()) {
      if (!fields.containsKey(value.key())) {
        data.add(value);
      }
    }
    fields.forEach((name, value) -> {
      if (value instanceof Upload upload) {
        data.add(org.jsoup.helper.HttpConnection.KeyVal.create(name, upload.fileName(),
            new java.io.ByteArrayInputStream(upload.content())).contentType(upload.contentType()));
      } else if (value instanceof List<?> values) {
        values.forEach(single -> data.add(org.jsoup.helper.HttpConnection.KeyVal.create(name, single.toString())));
      } else if (value != null) {
        data.add(org.jsoup.helper.HttpConnection.KeyVal.create(name, value.toString()));
      }
    });
    if (button != null) {
      data.add(org.jsoup.helper.HttpConnection.KeyVal.create(button, "1"));
    }
    Connection request = session.newRequest(form.absUrl("action")).method(Connection.Method.POST);
    request.data(data);
    return execute(request);
  }

  public Document submit(Document page, String formSelector, Map<String, ?> fields) {
    return submit(page, formSelector, fields, null);
  }

  public String cookie(String name) {
    return session.cookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name))
        .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
  }

  public int status() {
    return last.statusCode();
  }

  public String contentType() {
    return last.contentType();
  }

  public String header(String name) {
    return last.header(name);
  }

  public String url() {
    return last.url().toString();
  }

  private Document execute(Connection request) {
    try {
      last = request.execute();
      return last.parse();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
