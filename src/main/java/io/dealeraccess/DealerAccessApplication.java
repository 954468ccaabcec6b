package io.dealeraccess;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class DealerAccessApplication {

  public static void main(String[] args) {
    SpringApplication.run(DealerAccessApplication.class, args);
  }
}
