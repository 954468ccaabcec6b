package io.dealeraccess.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration
class ReviewSubmissionGuardConfig {

  /** After authentication (engine REST's Basic filter runs first), before Camunda's REST resources. */
  @Bean
  FilterRegistrationBean<ReviewSubmissionGuard> reviewSubmissionGuard(TaskService tasks, ObjectMapper json,
      FourEyes fourEyes) {
    FilterRegistrationBean<ReviewSubmissionGuard> registration =
        new FilterRegistrationBean<>(new ReviewSubmissionGuard(tasks, json, fourEyes));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(Ordered.LOWEST_PRECEDENCE);
    return registration;
  }
}
