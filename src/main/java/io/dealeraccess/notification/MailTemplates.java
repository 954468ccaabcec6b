package io.dealeraccess.notification;

import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders an email from {@code templates/mail/NAME.html} and {@code NAME.txt}, with its subject from
 * {@code mail.NAME.subject} in messages.properties. An unknown name fails loudly (the job raises an incident).
 */
@Component
class MailTemplates {

  private static final String PREFIX = "templates/mail/";

  private final SpringTemplateEngine engine = new SpringTemplateEngine();
  private final MessageSource messages;

  MailTemplates(MessageSource messages) {
    this.messages = messages;
    engine.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 1));
    engine.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 2));
  }

  RenderedMail render(String template, Map<String, Object> model) {
    Context context = new Context(Locale.US, model);
    String subject = messages.getMessage("mail." + template + ".subject", new Object[] {model.get("reference")},
        Locale.US);
    return new RenderedMail(subject, engine.process(template + ".txt", context),
        engine.process(template + ".html", context));
  }

  private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix(PREFIX);
    resolver.setTemplateMode(mode);
    resolver.setResolvablePatterns(java.util.Set.of("*" + suffix));
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCheckExistence(true);
    resolver.setCacheable(true);
    resolver.setOrder(order);
    return resolver;
  }

  record RenderedMail(String subject, String text, String html) {}
}
