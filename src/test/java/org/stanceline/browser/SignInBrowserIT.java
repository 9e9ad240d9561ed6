package org.stanceline.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stanceline.PackagedApp;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dashboard signs in through its form into an HttpOnly session cookie, writes with it, keeps no
 * credential where a script could read it, and signs out for good; an admin creates a named account on the
 * accounts screen, which then signs in under its own name.
 */
class SignInBrowserIT {

    private static final String ANALYST_PASSWORD = "browser-analyst-secret";
    private static final String ADMIN_PASSWORD = "browser-admin-secret";
    private static final String SCRIPT_READABLE = "() => JSON.stringify({ session: { ...sessionStorage }, local: { ...localStorage }, cookie: document.cookie })";

    @BeforeAll
    static void patientAssertions() {
        // The packaged app shares two cores with other builds: give each assertion the page's own timeout.
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    @Test
    void signsInWritesKeepsNothingReadableAndSignsOut() throws Exception {
        Path temp = Files.createTempDirectory("stanceline-signin");
        try (Playwright playwright = BrowserHarness.playwright();
             PackagedApp app = PackagedApp.start(temp.resolve("db/stanceline"), temp.resolve("app.log"),
                     "-Dstanceline.analyst-password=" + ANALYST_PASSWORD, "-Dstanceline.admin-password=" + ADMIN_PASSWORD)) {
            Browser browser = BrowserHarness.launch(playwright);
            BrowserContext context = BrowserHarness.window(browser);
            Page page = BrowserHarness.reviewPage(context, app);

            BrowserHarness.signIn(page, "analyst", ANALYST_PASSWORD);
            assertThat(page.getByTestId("login-status")).containsText("analyst");

            Response created = page.waitForResponse(r -> r.url().endsWith("/api/sources") && r.request().method().equals("POST"), () -> {
                page.getByTestId("paste-text").fill("A short note written in a browser session " + System.nanoTime() + ". Nothing more.");
                page.getByTestId("paste-submit").click();
            });
            assertEquals(201, created.status(), "the write with the session cookie is accepted");
            assertTrue(created.request().allHeaders().getOrDefault("cookie", "").contains("stanceline-session="), "the session cookie is sent");
            assertFalse(created.request().allHeaders().containsKey("authorization"), "no Basic header is sent");

            Cookie session = context.cookies().stream().filter(c -> c.name.equals("stanceline-session")).findFirst().orElseThrow();
            assertTrue(session.httpOnly, "HttpOnly");
            assertEquals(SameSiteAttribute.STRICT, session.sameSite);
            String readable = (String) page.evaluate(SCRIPT_READABLE);
            assertFalse(readable.contains(ANALYST_PASSWORD) || readable.contains("Basic") || readable.contains(session.value)
                    || readable.contains("stanceline-session"), "scripts can read no credential: " + readable);

            // A reload keeps the session (the cookie), and still nothing is stored.
            page.reload();
            assertThat(page.getByTestId("login-status")).containsText("analyst");
            assertEquals("{\"session\":{},\"local\":{},\"cookie\":\"\"}", page.evaluate(SCRIPT_READABLE));

            page.getByTestId("logout").click();
            assertThat(page.getByTestId("login-submit")).isVisible();
            assertTrue(context.cookies().stream().noneMatch(c -> c.name.equals("stanceline-session")), "the cookie is cleared");
            Object status = page.evaluate("() => fetch('/api/sources', { method: 'POST', headers: { 'Content-Type': 'application/json' }, "
                    + "body: JSON.stringify({ text: 'after sign-out' }) }).then(r => r.status)");
            assertEquals(401, ((Number) status).intValue());
            assertEquals(401, meWith(app, session.value), "the old cookie value is refused after sign-out");
            browser.close();
        }
    }

    @Test
    void adminCreatesANamedAccountThatSignsInUnderItsName() throws Exception {
        Path temp = Files.createTempDirectory("stanceline-accounts");
        try (Playwright playwright = BrowserHarness.playwright();
             PackagedApp app = PackagedApp.start(temp.resolve("db/stanceline"), temp.resolve("app.log"),
                     "-Dstanceline.admin-password=" + ADMIN_PASSWORD)) {
            Browser browser = BrowserHarness.launch(playwright);
            Page page = BrowserHarness.reviewPage(BrowserHarness.window(browser), app);
            assertThat(page.getByTestId("tab-accounts")).isHidden();
            BrowserHarness.signIn(page, "admin", ADMIN_PASSWORD);
            assertThat(page.getByTestId("login-status")).containsText("admin");
            assertThat(page.getByTestId("tab-accounts")).isVisible();

            page.getByTestId("tab-accounts").click();
            page.getByTestId("account-username").fill("zoe");
            page.getByTestId("account-display-name").fill("Zoë Analyst");
            page.getByTestId("account-role").selectOption("analyst");
            page.getByTestId("account-password").fill("zoe-password-1");
            page.getByTestId("account-create").click();
            assertThat(page.getByTestId("account-row-zoe")).containsText("Zoë Analyst");
            BrowserHarness.screenshot(page, "accounts");

            page.getByTestId("tab-review").click();
            page.getByTestId("logout").click();
            BrowserHarness.signIn(page, "zoe", "zoe-password-1");
            assertThat(page.getByTestId("signed-in-name")).hasText("Zoë Analyst");
            assertThat(page.getByTestId("tab-accounts")).isHidden();

            // The admin disables zoe (API, as a script would); zoe's open session ends at once.
            HttpResponse<String> disabled = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(app.url("/api/accounts/zoe")))
                    .header("Authorization", basic("admin", ADMIN_PASSWORD)).header("Content-Type", "application/json")
                    .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"enabled\":false}")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, disabled.statusCode(), disabled.body());
            List<String> blocked = new ArrayList<>();
            page.onConsoleMessage(m -> {
                if (m.text().contains("Content Security Policy")) {
                    blocked.add(m.text());
                }
            });
            Response me = page.waitForResponse(r -> r.url().endsWith("/api/me"),
                    () -> page.reload(new Page.ReloadOptions().setWaitUntil(com.microsoft.playwright.options.WaitUntilState.COMMIT)));
            assertEquals(401, me.status(), "the disabled account's session is over");
            assertThat(page.getByTestId("login-submit")).isVisible();
            assertTrue(blocked.isEmpty(), "the CSP blocks nothing the dashboard loads, also after a reload (304): " + blocked);
            browser.close();
        }
    }


    private static int meWith(PackagedApp app, String cookie) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(app.url("/api/me")))
                .header("Cookie", "stanceline-session=" + cookie).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
