package io.dealeraccess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jakarta.validation.Validation;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.handler.NoUnboundElementsBindHandler;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;

/**
 * {@link DealerAccessProperties} as the application binds them from the shipped {@code application.yaml}, with a
 * test's own values on top: for tests that start no Spring context (no record built from positional nulls). Bound
 * strictly: a key the records do not declare, or a value their constraints refuse, fails.
 */
public final class ShippedProperties {

  private ShippedProperties() {}

  /** The shipped settings with {@code overrides} (keys as in YAML, e.g. {@code dealeraccess.captcha.enabled}). */
  public static DealerAccessProperties with(Map<String, Object> overrides) {
    try {
      List<PropertySource<?>> yaml = new YamlPropertySourceLoader().load("application.yaml",
          new ClassPathResource("application.yaml"));
      MutablePropertySources sources = new MutablePropertySources();
      Map<String, Object> values = new HashMap<>(Map.of("spring.mail.port", 2525));
      values.putAll(overrides);
      sources.addFirst(new MapPropertySource("test", values));
      yaml.forEach(sources::addLast);
      // the retention rules and the sign-in are records of their own (RetentionProperties, SignInProperties): every
      // other key must be declared
      List<ConfigurationPropertySource> declared = new java.util.ArrayList<>();
      for (ConfigurationPropertySource source : ConfigurationPropertySources.from(sources)) {
        declared.add(source instanceof IterableConfigurationPropertySource iterable
            ? iterable.filter(name -> !name.toString().startsWith("dealeraccess.retention")
                && !name.toString().startsWith("dealeraccess.sign-in")) : source);
      }
      BindHandler strict = new ValidationBindHandler(new NoUnboundElementsBindHandler(BindHandler.DEFAULT),
          new SpringValidatorAdapter(Validation.buildDefaultValidatorFactory().getValidator()));
      return new Binder(declared, new PropertySourcesPlaceholdersResolver(sources),
          ApplicationConversionService.getSharedInstance()).bind("dealeraccess",
              Bindable.of(DealerAccessProperties.class), strict)
          .orElseThrow(() -> new IllegalStateException("no dealeraccess.* in application.yaml"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static DealerAccessProperties shipped() {
    return with(Map.of());
  }
}
