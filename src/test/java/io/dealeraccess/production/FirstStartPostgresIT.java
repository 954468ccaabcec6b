package io.dealeraccess.production;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealeraccess.StaffRestClient;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two nodes starting at the same moment on an empty database: both come up, nothing is created twice. */
class FirstStartPostgresIT {

  static final String DATABASE = "dealeraccess_first_start_it";
  static final String URL = "jdbc:postgresql://127.0.0.1:5432/" + DATABASE;

  private static int count(String sql) throws SQLException {
    try (Connection db = DriverManager.getConnection(URL, "postgres", "");
         Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getInt(1);
    }
  }

  @Test
  void twoNodesStartingTogetherOnAnEmptyDatabaseCreateEverythingOnce() throws IOException, SQLException {
    PostgresDatabases.recreate(DATABASE);
    List<Nodes.Node> nodes = List.of(Nodes.start("first-start-1", URL), Nodes.start("first-start-2", URL));
    try {
      nodes.forEach(Nodes.Node::awaitReady);

      assertThat(count("select count(*) from act_id_user where id_ = 'admin'")).isEqualTo(1);
      assertThat(count("select count(*) from act_id_membership where user_id_ = 'admin'")).isEqualTo(1);
      // helpdesk, helpdesk-supervisors, analysts, access-admins, camunda-admin
      assertThat(count("select count(*) from act_id_group")).isEqualTo(5);
      assertThat(count("select count(*) from act_ru_filter")).isEqualTo(4);
      assertThat(count("select count(*) from (select group_id_, resource_type_, resource_id_ from act_ru_authorization "
          + "where group_id_ is not null group by group_id_, resource_type_, resource_id_ having count(*) > 1) twice"))
          .as("no authorization twice").isZero();
      for (Nodes.Node node : nodes) {
        assertThat(new StaffRestClient(node.url(), "admin", Nodes.ADMIN_PASSWORD).get("/engine-rest/user")
            .status()).isEqualTo(200);
      }
    } finally {
      nodes.forEach(node -> node.process().destroy());
    }
  }
}
