package io.dealeraccess.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The registration form with the captcha switched on, as it is outside tests. */
@OutsideTestsContext
class CaptchaIntegrationTests {

  @Autowired
  private MockMvc mvc;

  @Autowired
  private FindByIndexNameSessionRepository<? extends Session> sessions;

  /** The browser's session cookie: sessions live in the database (Spring Session), as a browser meets them. */
  private Cookie sessionCookie;

  private ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
    ResultActions result = mvc.perform(sessionCookie == null ? request : request.cookie(sessionCookie));
    Cookie set = result.andReturn().getResponse().getCookie("JSESSIONID");
    if (set != null) {
      sessionCookie = set;
    }
    return result;
  }

  private String code() {
    String id = new String(Base64.getDecoder().decode(sessionCookie.getValue()), StandardCharsets.UTF_8);
    return sessions.findById(id).getAttribute(Captcha.SESSION_KEY);
  }

  private MockHttpServletRequestBuilder registration(String userId, String captcha) {
    return post("/register/details").with(csrf())
        .param("pdn", "10001").param("firstName", "Casey").param("lastName", "Code")
        .param("email", userId + "@riverside.example").param("businessPhone", "555-123-4567")
        .param("role", "OFFICE_MANAGER").param("userId", userId)
        .param("password", "Correct-Horse-Staple-9").param("confirmPassword", "Correct-Horse-Staple-9")
        .param("question1", "FIRST_PET").param("answer1", "Rex")
        .param("question2", "BIRTH_CITY").param("answer2", "Boston")
        .param("question3", "FIRST_CAR").param("answer3", "Ford")
        .param("applications", "SMARTCASH")
        .param("captcha", captcha);
  }

  private Document page(MockHttpServletRequestBuilder request) throws Exception {
    return Jsoup.parse(perform(request).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString());
  }

  @Test
  void theFormShowsTheServerDrawnImageAndTryANewCode() throws Exception {
    Document form = page(get("/register/details").param("pdn", "10001"));

    assertThat(form.select("img[src^=/captcha.png]")).hasSize(1);
    assertThat(form.select("button[name=newCode]").text()).isEqualTo("Try a new code");
    assertThat(code()).hasSize(6);
    byte[] png = perform(get("/captcha.png")).andExpect(status().isOk()).andReturn()
        .getResponse().getContentAsByteArray();
    assertThat(png).startsWith(0x89, 'P', 'N', 'G');
  }

  @Test
  void aWrongCodeIsRefusedNextToTheFieldAndNothingIsSaved() throws Exception {
    page(get("/register/details").param("pdn", "10001"));
    String first = code();

    Document refused = page(registration("caseycode1", "WRONG1"));

    assertThat(refused.getElementById("captcha-error").text()).contains("does not match");
    assertThat(refused.getElementById("firstName").val()).isEqualTo("Casey");
    assertThat(code()).as("a new code after a wrong one").isNotNull().isNotEqualTo(first);
  }

  @Test
  void tryANewCodeKeepsWhatWasTypedWithoutErrorMessages() throws Exception {
    page(get("/register/details").param("pdn", "10001"));
    String first = code();

    Document again = page(registration("caseycode2", "").param("newCode", "1"));

    assertThat(again.select(".invalid-feedback")).isEmpty();
    assertThat(again.getElementById("userId").val()).isEqualTo("caseycode2");
    assertThat(again.getElementById("password").val()).isEmpty();
    assertThat(again.getElementById("answer1").val()).as("challenge answers kept").isEqualTo("Rex");
    assertThat(again.getElementById("passwords-cleared").text()).as("the page says why the passwords are empty")
        .contains("type your password");
    assertThat(code()).isNotEqualTo(first);
  }

  @Test
  void anEmptyCodeAsksForIt() throws Exception {
    page(get("/register/details").param("pdn", "10001"));

    Document refused = page(registration("caseycode4", ""));

    assertThat(refused.getElementById("captcha-error").text()).isEqualTo("Type the security code.");
    assertThat(refused.select("#form-errors a[href=#captcha]").text()).isEqualTo("Type the security code.");
  }

  @Test
  void theProofOfWorkPassesWithoutTypingTheCode() throws Exception {
    Document form = page(get("/register/details").param("pdn", "10001"));
    var box = form.selectFirst("fieldset[data-proof-of-work]");
    Captcha.ProofOfWork challenge = new Captcha.ProofOfWork(box.attr("data-salt"), box.attr("data-challenge"),
        Integer.parseInt(box.attr("data-max")));

    perform(registration("caseycode5", "").param(Captcha.PROOF_PARAMETER, CaptchaTest.solve(challenge)))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/register/confirmation"));
  }

  @Test
  void theRightCodeSubmitsTheRequest() throws Exception {
    page(get("/register/details").param("pdn", "10001"));

    perform(registration("caseycode3", code().toLowerCase()))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/register/confirmation"));
  }

  @Test
  void aWrongCodeTellsNothingAboutAUserId() throws Exception {
    page(get("/register/details").param("pdn", "10001"));

    Document taken = page(registration("jordan.active", "WRONG1"));

    assertThat(taken.getElementById("captcha-error")).isNotNull();
    assertThat(taken.getElementById("userId-error")).as("whether jordan.active is taken").isNull();

    page(get("/requests/reactivate/details").param("pdn", "10001"));
    Document active = page(post("/requests/reactivate/details").with(csrf())
        .param("pdn", "10001").param("userId", "jordan.active").param("firstName", "Jordan")
        .param("lastName", "Active").param("email", "jordan.active@riverside.example")
        .param("businessPhone", "555-123-4567").param("captcha", "WRONG1"));

    assertThat(active.getElementById("captcha-error")).isNotNull();
    assertThat(active.text()).as("whether jordan.active is active").doesNotContain("Just log in");
    assertThat(active.getElementById("userId-error")).isNull();
  }
}
