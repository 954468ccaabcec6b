package io.dealeraccess.web;

import io.dealeraccess.DealerAccessProperties;
import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The error page of requests Tomcat refuses before they reach the application (a malformed or far too long address,
 * an encoded slash or NUL in a path): the app's look and a plain message instead of Tomcat's own page. Replaces the
 * ErrorReportValve that Spring Boot puts on the host. Errors inside the application get error.html as usual.
 */
@Component
class ServerErrorPage implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

  private final DealerAccessProperties brand;

  ServerErrorPage(DealerAccessProperties brand) {
    this.brand = brand;
  }

  @Override
  public int getOrder() {
    // after Spring Boot's own customizer, whose valve this one replaces
    return Ordered.LOWEST_PRECEDENCE;
  }

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    String page = page();
    factory.addContextCustomizers(context -> {
      StandardHost host = (StandardHost) context.getParent();
      for (Valve valve : host.getPipeline().getValves()) {
        if (valve instanceof ErrorReportValve) {
          host.getPipeline().removeValve(valve);
        }
      }
      host.setErrorReportValveClass(PlainErrorValve.class.getName());
      host.getPipeline().addValve(new PlainErrorValve(page));
    });
  }

  private String page() {
    String name = HtmlUtils.htmlEscape(brand.lenderName() + " " + brand.portalName());
    return """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1"><title>Request not understood | %s</title>
        <link rel="stylesheet" href="/webjars/bootstrap/css/bootstrap.min.css"><link rel="stylesheet" href="/assets/css/app.css">
        </head><body><header class="site-header border-bottom mb-4"><nav class="container py-3" aria-label="Main">
        <a class="navbar-brand fw-semibold" href="/">%s</a></nav></header>
        <main class="container py-4"><h1 class="h3">Request not understood</h1>
        <p id="error-message">The address or what your browser sent could not be read. Check the address, or start
        again from the home page. Nothing was saved.</p><a class="btn btn-primary" href="/">Back to the home page</a>
        </main></body></html>""".formatted(name, name);
  }

  /** Writes the page for any error status Tomcat answers itself; never a stack trace or the server's version. */
  public static class PlainErrorValve extends ErrorReportValve {

    private final String page;

    public PlainErrorValve() {
      this("<!DOCTYPE html><html lang=\"en\"><head><title>Error</title></head><body><header class=\"site-header\">"
          + "</header><main><h1>Request not understood</h1></main></body></html>");
    }

    PlainErrorValve(String page) {
      this.page = page;
      setShowReport(false);
      setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
      if (response.getStatus() < 400 || response.getContentWritten() > 0) {
        return;
      }
      AtomicBoolean ioAllowed = new AtomicBoolean(false);
      response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
      if (!ioAllowed.get()) {
        return;
      }
      try {
        response.setContentType("text/html");
        response.setCharacterEncoding("utf-8");
        Writer writer = response.getReporter();
        if (writer != null) {
          writer.write(page);
          response.finishResponse();
        }
      } catch (IOException | IllegalStateException e) {
        // the client is gone or the response was already sent: nothing more to say
      }
    }
  }
}
