package baseline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The start-up baseline (outside io.dealeraccess, so our component scan never finds it): a Camunda Spring Boot application with the same starters (web apps, REST, the same
 * database drivers and Spring Boot starters on the classpath) and none of our code, configuration or processes.
 * Spring Security stands aside, as our chain does for Camunda's web apps, which bring their own login.
 */
@SpringBootApplication
public class PlainCamundaApplication {

  public static void main(String[] args) {
    System.setProperty("spring.config.location", "classpath:/plain-camunda.yaml");
    SpringApplication.run(PlainCamundaApplication.class, args);
  }

  @Bean
  SecurityFilterChain camundaOnly(HttpSecurity http) throws Exception {
    return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll()).csrf(csrf -> csrf.disable())
        .build();
  }
}
