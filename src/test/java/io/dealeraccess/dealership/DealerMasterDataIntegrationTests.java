package io.dealeraccess.dealership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dealeraccess.IntegrationTestSupport;
import io.dealeraccess.StaffRestClient;
import io.dealeraccess.web.DealerBrowser;
import io.dealeraccess.web.DealerBrowser.Upload;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The lender's dealer master data through the real staff pages and API: an access administrator (a Camunda user of
 * access-admins) uploads the file, reads every line's outcome before anything is saved, imports all or nothing; the
 * lender's dealer system pushes single dealerships over HTTP Basic.
 */
class DealerMasterDataIntegrationTests extends IntegrationTestSupport {

  private static final String ADMIN_PASSWORD = STAFF_PASSWORD;

  @Autowired
  private DealerMasterData masterData;
  @Autowired
  private DealershipService dealerships;

  private String accessAdmin;

  @BeforeEach
  void anAccessAdministrator() {
    accessAdmin = staffMember("access-admins");
  }

  /** A PDN no other test uses. */
  private static String newPdn() {
    return String.valueOf(ThreadLocalRandom.current().nextInt(70000, 99999));
  }

  private DealerBrowser signedIn() {
    DealerBrowser browser = new DealerBrowser(baseUrl());
    browser.submit(browser.open("/staff/login"), "main form", Map.of("username", accessAdmin, "password",
        ADMIN_PASSWORD));
    assertThat(browser.url()).endsWith("/staff");
    return browser;
  }

  private static Document upload(DealerBrowser browser, String fileName, String csv) {
    return browser.submit(browser.open("/staff/dealerships/import"), "main form[enctype]",
        Map.of("file", Upload.csv(fileName, csv)));
  }

  @Test
  void everyLineIsPreviewedBeforeAnythingIsSavedThenAllAreImportedAndTheSameFileAgainChangesNothing() {
    String first = newPdn();
    String second = newPdn();
    String csv = "pdn,name,active,address,phone,region\n"
        + first + ",Lakeside Auto Group,true,\"1 Lake Rd, Lakeside, OH\",555-010-2000,north\n"
        + second + ",Hilltop Motors,false,,,south\n";
    DealerBrowser browser = signedIn();

    Document preview = upload(browser, "dealers.csv", csv);

    assertThat(preview.getElementById("counts").text()).isEqualTo("2 new, 0 changed, 0 unchanged, 0 with a problem.");
    assertThat(preview.select("#lines tbody tr")).extracting(row -> row.text())
        .containsExactly("2 " + first + " Lakeside Auto Group New new, active",
            "3 " + second + " Hilltop Motors New new, inactive");
    assertThat(dealerships.find(first)).as("nothing saved by the preview").isEmpty();

    Document imported = browser.submit(preview, "form:has(#import)", Map.of());

    assertThat(imported.getElementById("imported").text()).isEqualTo("Imported: 2 new, 0 changed, 0 unchanged.");
    Dealership lakeside = dealerships.find(first).orElseThrow();
    assertThat(lakeside.getName()).isEqualTo("Lakeside Auto Group");
    assertThat(lakeside.isActive()).isTrue();
    assertThat(lakeside.getAddress()).isEqualTo("1 Lake Rd, Lakeside, OH");
    assertThat(lakeside.getPhone()).isEqualTo("555-010-2000");
    assertThat(dealerships.find(second).orElseThrow().isActive()).isFalse();
    assertThat(masterData.timeline(first)).singleElement().satisfies(event -> {
      assertThat(event.getEventType()).isEqualTo("CREATED");
      assertThat(event.getActor()).isEqualTo(accessAdmin);
      assertThat(event.getDetail()).isEqualTo("Added from dealers.csv: Lakeside Auto Group, active");
    });

    Document again = upload(browser, "dealers.csv", csv);

    assertThat(again.getElementById("counts").text()).isEqualTo("0 new, 0 changed, 2 unchanged, 0 with a problem.");
    assertThat(again.getElementById("import")).as("nothing to import").isNull();
    assertThat(again.text()).contains("The file changes nothing");
    assertThat(masterData.timeline(first)).hasSize(1);
  }

  @Test
  void aChangedNameOrStatusUpdatesTheDealershipAndItsTimelineSaysWhatChanged() {
    String pdn = newPdn();
    DealerBrowser browser = signedIn();
    browser.submit(upload(browser, "v1.csv", "pdn,name,active\n" + pdn + ",Old Name Motors,true\n"),
        "form:has(#import)", Map.of());

    Document preview = upload(browser, "v2.csv", "PDN , Name , Active\n" + pdn + ",New Name Motors,inactive\n");

    assertThat(preview.select("#lines tbody tr td").eachText()).contains("Changed")
        .anySatisfy(text -> assertThat(text).startsWith("name \"Old Name Motors\" → \"New Name Motors\"; inactive. "
            + "Its active user IDs will be listed"));
    browser.submit(preview, "form:has(#import)", Map.of());
    Dealership changed = dealerships.find(pdn).orElseThrow();
    assertThat(changed.getName()).isEqualTo("New Name Motors");
    assertThat(changed.isActive()).isFalse();
    // the inactivation started inactive-dealership, which found no user ID there (InactiveDealershipProcessTest)
    assertThat(masterData.timeline(pdn)).extracting(DealershipEvent::getEventType)
        .containsExactly("CREATED", "INACTIVATED", "NO_USER_IDS");
    assertThat(masterData.timeline(pdn).get(1).getDetail())
        .isEqualTo("Changed from v2.csv: name \"Old Name Motors\" → \"New Name Motors\"; inactive");
    Document page = browser.open("/staff/dealerships?pdn=" + pdn);
    assertThat(page.getElementById("dealership-status").text()).isEqualTo("Inactive");
    assertThat(page.select("#events tbody tr")).hasSize(3);
  }

  @Test
  void aFileWithAnyBadLineImportsNothingAndNamesEveryProblemByLine() {
    String good = newPdn();
    String twice = newPdn();
    DealerBrowser browser = signedIn();

    Document preview = upload(browser, "bad.csv", "pdn,name,active\n"
        + good + ",Good Motors,true\n"
        + "1234,Short Pdn Motors,true\n"
        + twice + ",First Motors,true\n"
        + twice + ",Second Motors,true\n"
        + newPdn() + ",,yes\n"
        + newPdn() + ",Maybe Motors,maybe\n");

    assertThat(preview.getElementById("counts").text()).isEqualTo("2 new, 0 changed, 0 unchanged, 4 with a problem.");
    assertThat(preview.select("#lines tr.table-danger")).extracting(row -> row.child(0).text() + ": "
        + row.child(4).text()).containsExactly(
            "3: The PDN \"1234\" is not 5 digits.",
            "5: PDN " + twice + " is on line 4 already: each dealership once.",
            "6: The name is empty.",
            "7: Active must be true or false, not \"maybe\".");
    assertThat(preview.getElementById("fix-first").text()).startsWith("Nothing can be imported until every line");
    assertThat(preview.getElementById("import")).isNull();
    Long id = Long.valueOf(browser.url().replaceAll(".*/", ""));
    assertThatThrownBy(() -> masterData.apply(id, accessAdmin)).isInstanceOf(ImportRefusedException.class)
        .hasMessageStartingWith("Nothing was imported");
    assertThat(dealerships.find(good)).as("all or nothing").isEmpty();
  }

  @Test
  void aFileThatIsNotAMasterFileSaysWhy() {
    DealerBrowser browser = signedIn();

    assertThat(upload(browser, "a.csv", "pdn,name\n12345,No Status Motors\n").getElementById("file-problems").text())
        .isEqualTo("The header has no column active. The first line must name the columns: pdn,name,active "
            + "(address and phone may follow).");
    assertThat(upload(browser, "b.csv", "pdn,name,active\n").getElementById("file-problems").text())
        .isEqualTo("The file has a header but no dealerships.");
    // found by the outside tester: the parser's own exception was shown, then an unrelated hint about the header
    assertThat(upload(browser, "c.csv", "pdn,name,active\n12345,\"Unclosed Motors,true\n")
        .getElementById("file-problems").text()).isEqualTo("The file cannot be read as CSV: the quoted value that "
            + "begins on line 2 has no closing quote (\").");
    // found by the outside tester: Excel saves semicolons in many locales, and the page said the columns were missing
    assertThat(upload(browser, "e.csv", "pdn;name;active\n12345;Semi Motors;true\n").getElementById("file-problems")
        .text()).isEqualTo("The columns are separated by semicolons: save the file as CSV with commas (CSV UTF-8) "
            + "and upload it again.");
    // found by the outside tester: a spreadsheet uploaded by mistake (NUL bytes) was a 500 on PostgreSQL
    Document spreadsheet = browser.submit(browser.open("/staff/dealerships/import"), "main form[enctype]",
        Map.of("file", new Upload("dealers.xlsx", new byte[] {'P', 'K', 3, 4, 0, 0, 'x'}, "application/zip")));
    assertThat(spreadsheet.getElementById("upload-error").text()).isEqualTo("The file is not a CSV text file (it "
        + "holds binary data, as a spreadsheet does): save it as CSV UTF-8 and upload it again.");
    Document latin1 = browser.submit(browser.open("/staff/dealerships/import"), "main form[enctype]",
        Map.of("file", new Upload("d.csv", "pdn,name,active\n12345,Citroën,true\n"
            .getBytes(StandardCharsets.ISO_8859_1), "text/csv")));
    assertThat(latin1.getElementById("upload-error").text())
        .isEqualTo("The file is not UTF-8 text: save it as CSV UTF-8 and upload it again.");
    assertThat(browser.submit(browser.open("/staff/dealerships/import"), "main form[enctype]", Map.of())
        .getElementById("upload-error").text()).isEqualTo("Choose the dealer master file (CSV) to upload.");
  }

  @Test
  void aFileOfSeveralMegabytesIsPreviewed() {
    // larger than the servlet container's default limit of 1 MB (a master file of some 15,000 dealerships)
    String notes = "x".repeat(1_000_000);
    String pdn = newPdn();
    Document preview = upload(signedIn(), "big.csv", "pdn,name,active,notes\n" + pdn + ",Big File Motors,true,"
        + notes + "\n" + newPdn() + ",Bigger File Motors,true," + notes + "\n");

    assertThat(preview.getElementById("counts").text()).isEqualTo("2 new, 0 changed, 0 unchanged, 0 with a problem.");
  }

  @Test
  void aLargeFirstImportListsSoManyLinesAndCountsThemAll() {
    StringBuilder csv = new StringBuilder("pdn,name,active\n");
    for (int i = 0; i < 600; i++) {
      csv.append(String.format("%05d", 40000 + i)).append(",Dealer ").append(i).append(",true\n");
    }
    csv.append("4000,Short Motors,true\n");
    Long id = masterData.upload("all.csv", csv.toString().getBytes(StandardCharsets.UTF_8), accessAdmin);

    ImportPreview preview = masterData.preview(id).orElseThrow();

    assertThat(preview.newCount() + preview.changedCount() + preview.unchangedCount()).isEqualTo(600);
    assertThat(preview.problemCount()).isEqualTo(1);
    assertThat(preview.rows()).hasSize(501).last().extracting(ImportPreview.Row::outcome)
        .isEqualTo(ImportPreview.Outcome.PROBLEM);
    assertThat(preview.notShown()).isEqualTo(600 - preview.unchangedCount() - 500);
  }

  @Test
  void oneUploadIsImportedOnceEvenWhenImportIsPressedTwice() {
    String pdn = newPdn();
    Long id = masterData.upload("once.csv", ("pdn,name,active\n" + pdn + ",Once Motors,true\n")
        .getBytes(StandardCharsets.UTF_8), accessAdmin);

    masterData.apply(id, accessAdmin);

    assertThatThrownBy(() -> masterData.apply(id, "someone-else")).isInstanceOf(ImportRefusedException.class)
        .hasMessage("This file was imported already, by " + accessAdmin + ".");
    assertThat(masterData.timeline(pdn)).hasSize(1);
  }

  @Test
  void anAddressAndPhoneTheFileOrTheCallDoesNotStateAreKeptAndAnEmptyOneRemovesThem() {
    // found by the outside tester: a file without these columns, or the README's own PUT, erased them everywhere
    String pdn = newPdn();
    DealerBrowser browser = signedIn();
    browser.submit(upload(browser, "full.csv", "pdn,name,active,address,phone\n" + pdn
        + ",Kept Motors,true,1 Main St,555-010-1000\n"), "form:has(#import)", Map.of());

    Document without = upload(browser, "short.csv", "pdn,name,active\n" + pdn + ",Kept Motors,true\n");
    assertThat(without.getElementById("counts").text()).startsWith("0 new, 0 changed, 1 unchanged");
    StaffRestClient system = new StaffRestClient(baseUrl(), accessAdmin, ADMIN_PASSWORD);
    StaffRestClient.Response renamed = system.put("/api/dealerships/" + pdn,
        "{\"name\": \"Kept Motors Group\", \"active\": true}");
    assertThat(renamed.json().get("address").asText()).isEqualTo("1 Main St");
    assertThat(renamed.json().get("phone").asText()).isEqualTo("555-010-1000");

    Document emptied = upload(browser, "empty.csv", "pdn,name,active,address,phone\n" + pdn
        + ",Kept Motors Group,true,,555-010-1000\n");
    assertThat(emptied.select("#lines tbody tr td").eachText()).contains("address removed");
    browser.submit(emptied, "form:has(#import)", Map.of());
    assertThat(dealerships.find(pdn).orElseThrow().getAddress()).isNull();
    assertThat(system.put("/api/dealerships/" + pdn, "{\"name\": \"Kept Motors Group\", \"active\": true, "
        + "\"phone\": \"\"}").json().get("phone").isNull()).isTrue();
  }

  @Test
  void theDealerSystemPushesADealershipOverTheApi() {
    String pdn = newPdn();
    StaffRestClient system = new StaffRestClient(baseUrl(), accessAdmin, ADMIN_PASSWORD);

    StaffRestClient.Response created = system.put("/api/dealerships/" + pdn,
        "{\"name\": \"Api Motors\", \"active\": true, \"phone\": \"555-000-1111\"}");
    StaffRestClient.Response same = system.put("/api/dealerships/" + pdn,
        "{\"name\": \"Api Motors\", \"active\": \"true\", \"phone\": \"555-000-1111\"}");
    StaffRestClient.Response inactive = system.put("/api/dealerships/" + pdn,
        "{\"name\": \"Api Motors\", \"active\": false, \"phone\": \"555-000-1111\"}");

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().get("outcome").asText()).isEqualTo("CREATED");
    assertThat(same.status()).isEqualTo(200);
    assertThat(same.json().get("outcome").asText()).isEqualTo("UNCHANGED");
    assertThat(inactive.json().get("outcome").asText()).isEqualTo("UPDATED");
    assertThat(inactive.json().get("active").asBoolean()).isFalse();
    assertThat(system.get("/api/dealerships/" + pdn).json().get("name").asText()).isEqualTo("Api Motors");
    assertThat(masterData.timeline(pdn)).extracting(DealershipEvent::getDetail)
        .containsExactly("Added by the API: Api Motors, active", "Changed by the API: inactive",
            "No user ID to deactivate at the inactive dealership");
    assertThat(masterData.timeline(pdn).subList(0, 2)).extracting(DealershipEvent::getActor)
        .containsOnly(accessAdmin);
  }

  @Test
  void theApiRefusesBadDataStrangersAndOtherStaffWithAClearAnswer() {
    String pdn = newPdn();
    StaffRestClient system = new StaffRestClient(baseUrl(), accessAdmin, ADMIN_PASSWORD);

    StaffRestClient.Response badActive = system.put("/api/dealerships/" + pdn, "{\"name\": \"X\", \"active\": 7}");
    StaffRestClient.Response badPdn = system.put("/api/dealerships/12ab", "{\"name\": \"X\", \"active\": true}");
    StaffRestClient.Response notJson = system.put("/api/dealerships/" + pdn, "name=X");

    assertThat(badActive.status()).isEqualTo(400);
    assertThat(badActive.json().get("message").asText()).isEqualTo("Active must be true or false, not \"7\".");
    assertThat(badPdn.status()).isEqualTo(400);
    assertThat(badPdn.json().get("message").asText()).isEqualTo("The PDN \"12ab\" is not 5 digits.");
    assertThat(notJson.status()).isEqualTo(400);
    assertThat(notJson.json().get("message").asText()).startsWith("The body must be JSON like");
    assertThat(new StaffRestClient(baseUrl(), "agent", "agent").put("/api/dealerships/" + pdn,
        "{\"name\": \"Agent Motors\", \"active\": true}").status()).isEqualTo(403);
    assertThat(new StaffRestClient(baseUrl(), accessAdmin, "wrong").put("/api/dealerships/" + pdn,
        "{\"name\": \"Guess Motors\", \"active\": true}").status()).isEqualTo(401);
    assertThat(new StaffRestClient(baseUrl(), null, null).get("/api/dealerships/" + pdn).status()).isEqualTo(401);
    assertThat(dealerships.find(pdn)).isEmpty();
  }
}
