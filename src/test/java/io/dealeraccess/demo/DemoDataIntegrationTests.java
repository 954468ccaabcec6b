package io.dealeraccess.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealeraccess.IntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo data as a fresh start writes it. */
class DemoDataIntegrationTests extends IntegrationTestSupport {

  @Autowired
  private DemoData demoData;
  @Autowired
  private JdbcTemplate jdbc;

  /**
   * Found by the outside tester (and issue 21): every fresh start emailed jordan.active "we changed your Help Desk
   * secret question … as you asked in My Profile", which the dealer never asked.
   */
  @Test
  void theDemoDealersHelpDeskQuestionIsSetWithoutTellingThemTheyChangedIt() {
    jdbc.update("update dealer_user set helpdesk_question = null, helpdesk_answer_hash = null where user_id = ?",
        "jordan.active");

    demoData.run(new DefaultApplicationArguments());

    assertThat(accounts.find("jordan.active").orElseThrow().helpdeskQuestion())
        .isEqualTo("Name of my first car dealership?");
    assertThat(mailTo("jordan.active@riverside.example")).isEmpty();
    // nor does My Profile's "Recent changes" say they changed it themselves: it is how the demo ID starts
    assertThat(jdbc.queryForObject("select count(*) from account_event e join dealer_user u on u.id = e.dealer_user_id"
        + " where u.user_id = 'jordan.active' and e.event_type = 'HELPDESK_QUESTION_CHANGED'", Integer.class))
        .isZero();
  }
}
