package io.dealeraccess.web;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions in the database (Spring Session JDBC, tables from Flyway's V11). Two requests of one session at once (a
 * double click, a page and its images) may both add the same attribute: Spring Session's plain INSERT then fails
 * the second with a duplicate key (a 500 page). The attribute is written as an upsert instead, PostgreSQL's
 * {@code ON CONFLICT} (Spring Session's own customizer) or H2's {@code MERGE}.
 */
@Configuration
class SessionStore {

  static final String H2_UPSERT_ATTRIBUTE = "MERGE INTO %TABLE_NAME%_ATTRIBUTES "
      + "(SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES) KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)";

  @Bean
  SessionRepositoryCustomizer<JdbcIndexedSessionRepository> attributesAsUpserts(DataSource dataSource) {
    String database = productName(dataSource);
    if ("PostgreSQL".equals(database)) {
      return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
    if ("H2".equals(database)) {
      return repository -> repository.setCreateSessionAttributeQuery(H2_UPSERT_ATTRIBUTE);
    }
    throw new IllegalStateException("Sessions are kept on PostgreSQL or H2, not " + database);
  }

  static String productName(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot tell which database holds the sessions", e);
    }
  }
}
