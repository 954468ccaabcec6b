package io.dealeraccess.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A second test context with the captcha and the rate limit switched on as they are outside tests (the shared test
 * context switches both off). Its own engine name and database: Camunda's REST API finds engines by name in a
 * JVM-wide registry, and this context must not take the "default" engine of the shared test context. Every class
 * with this annotation shares the one context.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "dealeraccess.captcha.enabled=true", "dealeraccess.rate-limit.posts-per-minute=" + OutsideTestsContext.POSTS,
    "camunda.bpm.process-engine-name=captcha",
    "spring.datasource.url=jdbc:h2:mem:dealeraccess-captcha-test;DB_CLOSE_DELAY=-1"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
public @interface OutsideTestsContext {

  /** Posts per client address and minute. */
  int POSTS = 10;
}
