package io.dealeraccess.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.springframework.boot.autoconfigure.liquibase.LiquibaseProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The engine's schema on PostgreSQL, from Camunda's own Liquibase changelog, created by one node at a time. Liquibase
 * serializes its updates with a lock table, but creating that table (and its history table) on an empty database is
 * itself a race: two nodes starting at the same moment both try, and one dies with "relation already exists". A
 * PostgreSQL advisory lock around the whole update closes it: the second node waits, then finds the schema current.
 */
@Configuration
@Profile("postgres")
@EnableConfigurationProperties(LiquibaseProperties.class)
class CamundaSchema {

  /** Any fixed number that no other code of ours locks on. */
  static final long LOCK_KEY = 0x0DEA1E5L;

  @Bean
  SpringLiquibase liquibase(DataSource dataSource, LiquibaseProperties properties) {
    SpringLiquibase liquibase = new OneNodeAtATime();
    liquibase.setDataSource(dataSource);
    liquibase.setChangeLog(properties.getChangeLog());
    liquibase.setDatabaseChangeLogTable(properties.getDatabaseChangeLogTable());
    liquibase.setDatabaseChangeLogLockTable(properties.getDatabaseChangeLogLockTable());
    liquibase.setShouldRun(properties.isEnabled());
    return liquibase;
  }

  static final class OneNodeAtATime extends SpringLiquibase {

    @Override
    public void afterPropertiesSet() throws liquibase.exception.LiquibaseException {
      try (Connection connection = getDataSource().getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("select pg_advisory_lock(" + LOCK_KEY + ")");
        try {
          super.afterPropertiesSet();
        } finally {
          statement.execute("select pg_advisory_unlock(" + LOCK_KEY + ")");
        }
      } catch (SQLException e) {
        throw new IllegalStateException("Cannot take the schema lock on PostgreSQL", e);
      }
    }
  }
}
