package io.dealeraccess.production;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Fresh databases on the local PostgreSQL server for the postgres-it tests. */
final class PostgresDatabases {

  private PostgresDatabases() {}

  static void recreate(String database) {
    try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
         Statement sql = admin.createStatement()) {
      sql.execute("drop database if exists " + database + " with (force)");
      sql.execute("create database " + database);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL is needed at 127.0.0.1:5432 (user postgres, trust auth) for the "
          + "postgres-it profile; .ci/run starts it when it is installed but stopped", e);
    }
  }
}
