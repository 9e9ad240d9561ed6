package org.stanceline.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Test;
import org.stanceline.PackagedApp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An analyst pastes a French article: the review view says the pipeline proposes nothing for it, and the analyst
 * codes one statement by hand (the original words selected in the text, with their translation). A date the
 * server refuses is shown with the field it names; the saved statement is in the API with its span, quote,
 * translation and language.
 */
class HandCodeBrowserIT {

    private static final String PASSWORD = "browser-test-secret";
    private static final String QUOTE = "La France est prête à envoyer des soldats en Ukraine dès qu'un cessez-le-feu sera signé";
    private static final String TRANSLATION = "France is ready to send soldiers to Ukraine as soon as a ceasefire is signed";
    private static final String ARTICLE = "Macron : la France prête à envoyer des soldats\n\n"
            + "PARIS, 6 mars 2025 - Le président Emmanuel Macron a déclaré jeudi devant les journalistes que « "
            + QUOTE + " ». Il a ajouté que les alliés européens devaient prendre leurs responsabilités et que la "
            + "décision serait prise avec le Royaume-Uni. Les ministres se réuniront la semaine prochaine à Londres.";

    @Test
    void nonEnglishSourceIsCodedByHandWithItsTranslation() throws Exception {
        Path temp = Files.createTempDirectory("stanceline-handcode");
        Path data = BrowserHarness.referenceDataOnly(temp);
        try (Playwright playwright = BrowserHarness.playwright();
             PackagedApp app = PackagedApp.start(temp.resolve("db/stanceline"), temp.resolve("app.log"),
                     "-Dstanceline.data-dir=" + data, "-Dstanceline.analyst-password=" + PASSWORD)) {
            Browser browser = BrowserHarness.launch(playwright);
            Page page = BrowserHarness.reviewPage(BrowserHarness.window(browser), app);
            BrowserHarness.signIn(page, "analyst", PASSWORD);
            assertThat(page.getByTestId("login-status")).containsText("analyst");

            page.getByTestId("paste-text").fill(ARTICLE);
            page.getByTestId("ingest-date").fill("2025-03-06");
            page.getByTestId("paste-submit").click();

            assertThat(page.getByTestId("review-language-notice")).containsText("French (fr), not English");
            assertThat(page.getByTestId("review-language-notice")).containsText("proposes no statements");
            assertThat(page.getByTestId("review-item")).hasCount(0);
            assertThat(page.getByTestId("handcode-form")).isVisible();
            assertThat(page.getByTestId("handcode-language")).hasValue("fr");

            // Select the quote's words in the rendered text, as an analyst would with the mouse.
            page.evaluate("quote => {"
                    + " const root = document.querySelector('[data-testid=review-text]');"
                    + " const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);"
                    + " for (let n = walker.nextNode(); n; n = walker.nextNode()) {"
                    + "   const at = n.nodeValue.indexOf(quote);"
                    + "   if (at < 0) continue;"
                    + "   const range = document.createRange(); range.setStart(n, at); range.setEnd(n, at + quote.length);"
                    + "   const sel = document.getSelection(); sel.removeAllRanges(); sel.addRange(range); return;"
                    + " } throw new Error('quote not in the text'); }", QUOTE);
            page.getByTestId("handcode-use-selection").click();
            assertThat(page.getByTestId("handcode-quote")).hasValue(QUOTE);
            assertThat(page.getByTestId("handcode-span")).containsText("characters ");

            page.getByTestId("handcode-translation").fill(TRANSLATION);
            page.getByTestId("handcode-speaker").selectOption("macron");
            assertThat(page.getByTestId("handcode-actor")).hasValue("paris");
            page.getByTestId("handcode-topic").selectOption("troops");
            page.getByTestId("handcode-stance").selectOption("2");
            page.getByTestId("handcode-intensity").selectOption("1");
            page.getByTestId("handcode-precision").selectOption("day");

            // A date the server refuses (outside its range): the problem+json detail shows, and names the field.
            page.getByTestId("handcode-date").fill("1850-03-06");
            page.getByTestId("handcode-save").click();
            assertThat(page.getByTestId("handcode-server-error")).containsText("saidOn");
            assertThat(page.getByTestId("handcode-date")).hasAttribute("aria-invalid", "true");
            assertThat(page.getByTestId("review-item")).hasCount(0);
            // The side column scrolls on its own (at most the window's height): a tall window shows the whole form.
            page.setViewportSize(1280, 2000);
            BrowserHarness.screenshot(page, "handcode-server-error");
            page.setViewportSize(1280, 900);

            page.getByTestId("handcode-date").fill("2025-03-06");
            BrowserHarness.screenshot(page, "handcode-form");
            page.getByTestId("handcode-save").click();
            assertThat(page.locator("[data-testid=review-item][data-status=confirmed]")).hasCount(1);
            assertThat(page.getByTestId("review-list")).containsText("Macron");
            assertThat(page.getByTestId("review-item-translation")).hasText("Translation from French (fr): " + TRANSLATION);
            assertThat(page.locator("[data-testid=review-text] .st-confirmed")).hasText(QUOTE);
            BrowserHarness.screenshot(page, "handcode-non-english");

            Matcher source = Pattern.compile("source=(\\d+)").matcher(page.url());
            assertTrue(source.find(), page.url());
            ObjectMapper json = new ObjectMapper();
            String text = json.readTree(app.get("/api/sources/" + source.group(1))).get("text").asText();
            JsonNode page1 = json.readTree(app.get("/api/statements?source=" + source.group(1)));
            assertEquals(1, page1.get("total").asInt(), page1.toString());
            JsonNode s = page1.get("items").get(0);
            assertEquals(QUOTE, s.get("quote").asText());
            assertEquals(TRANSLATION, s.get("translation").asText());
            assertEquals("fr", s.get("quoteLanguage").asText());
            assertEquals("confirmed", s.get("status").asText());
            assertEquals("macron", s.get("speaker").get("key").asText());
            assertEquals("2025-03-06", s.get("date").asText());
            int start = s.get("span").get("start").asInt();
            int end = s.get("span").get("end").asInt();
            assertEquals(text.indexOf(QUOTE), start, "the span is where the words are in the stored text");
            assertEquals(QUOTE, text.substring(start, end));
            String revisions = app.get("/api/statements/" + s.get("id").asText() + "/revisions");
            assertTrue(revisions.contains("\"by\":\"analyst\""), "the hand coding is in the history: " + revisions);
            browser.close();
        }
    }
}
