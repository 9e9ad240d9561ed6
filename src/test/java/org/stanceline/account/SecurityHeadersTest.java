package org.stanceline.account;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Headers per route class: pages, embed pages, JSON, images; HSTS off by default. */
@QuarkusTest
class SecurityHeadersTest {

    private static void assertStrictPageCsp(String csp, String what) {
        assertTrue(csp.contains("default-src 'self'"), what + ": " + csp);
        assertTrue(csp.contains("script-src 'self';"), what + ": " + csp);
        String script = csp.substring(csp.indexOf("script-src"), csp.indexOf(';', csp.indexOf("script-src")));
        assertFalse(script.contains("unsafe-inline") || script.contains("unsafe-eval"), what + ": " + csp);
    }

    @Test
    void shouldRefuseFramingOfJsonWithAnEmptyCsp() {
        given().get("/api/topics").then().statusCode(200)
                .header("Content-Security-Policy", equalTo("default-src 'none'; frame-ancestors 'none'"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
        given().get("/api/me").then().statusCode(401).header("X-Frame-Options", equalTo("DENY"))
                .header("Content-Security-Policy", not(containsString("frame-ancestors *")));
    }

    @Test
    void shouldSendAStrictCspOnHtmlBriefingsAndRefuseFraming() {
        Response r = given().get("/briefings/troops.html");
        r.then().statusCode(200).contentType(containsString("text/html")).header("X-Frame-Options", equalTo("DENY"));
        String csp = r.getHeader("Content-Security-Policy");
        assertStrictPageCsp(csp, "briefing");
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertFalse(r.asString().contains("<script"), "no inline script in the briefing");
    }

    @Test
    void shouldLetOnlyEmbedPagesBeFramed() {
        Response r = given().get("/embed/timeline?topic=troops");
        r.then().statusCode(200).contentType(containsString("text/html")).header("X-Frame-Options", nullValue());
        String csp = r.getHeader("Content-Security-Policy");
        assertStrictPageCsp(csp, "embed");
        assertTrue(csp.contains("frame-ancestors *"), csp);
        assertFalse(r.asString().matches("(?s).*<script(?![^>]*\\bsrc=).*"), "only external scripts in the embed page");
    }

    @Test
    void shouldRefuseFramingOfCharts() {
        given().get("/charts/timeline.svg?topic=troops").then().statusCode(200).header("X-Frame-Options", equalTo("DENY"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
    }

    @Test
    void shouldKeepThePageCspOnA304() {
        String etag = given().get("/embed/timeline?topic=troops").then().statusCode(200).extract().header("ETag");
        org.junit.jupiter.api.Assumptions.assumeTrue(etag != null, "the embed page has an ETag");
        Response r = given().header("If-None-Match", etag).get("/embed/timeline?topic=troops");
        r.then().statusCode(304);
        assertStrictPageCsp(r.getHeader("Content-Security-Policy"), "304 of the embed page");
        var headers = io.vertx.core.MultiMap.caseInsensitiveMultiMap();
        new SecurityHeaders(hstsOff()).apply("/", headers);
        assertStrictPageCsp(headers.get("Content-Security-Policy"), "304 of the dashboard");
        headers = io.vertx.core.MultiMap.caseInsensitiveMultiMap();
        new SecurityHeaders(hstsOff()).apply("/api/timeline", headers);
        org.junit.jupiter.api.Assertions.assertEquals(SecurityHeaders.NOT_A_PAGE, headers.get("Content-Security-Policy"));
    }

    private static AuthConfig hstsOff() {
        return (AuthConfig) java.lang.reflect.Proxy.newProxyInstance(AuthConfig.class.getClassLoader(),
                new Class<?>[] {AuthConfig.class}, (p, m, a) -> m.getName().equals("hsts")
                        ? java.lang.reflect.Proxy.newProxyInstance(AuthConfig.class.getClassLoader(), new Class<?>[] {AuthConfig.Hsts.class},
                                (p2, m2, a2) -> m2.getName().equals("enabled") ? false : null)
                        : null);
    }

    @Test
    void shouldNotSendHstsByDefault() {
        given().get("/api/topics").then().header("Strict-Transport-Security", nullValue());
    }

    @Test
    void shouldFormatHstsWhenEnabled() {
        var headers = io.vertx.core.MultiMap.caseInsensitiveMultiMap().add("Content-Type", "text/html");
        AuthConfig config = (AuthConfig) java.lang.reflect.Proxy.newProxyInstance(AuthConfig.class.getClassLoader(),
                new Class<?>[] {AuthConfig.class}, (p, m, a) -> m.getName().equals("hsts")
                        ? java.lang.reflect.Proxy.newProxyInstance(AuthConfig.class.getClassLoader(), new Class<?>[] {AuthConfig.Hsts.class},
                                (p2, m2, a2) -> switch (m2.getName()) {
                                    case "enabled", "includeSubdomains" -> true;
                                    case "maxAge" -> java.time.Duration.ofDays(1);
                                    default -> throw new UnsupportedOperationException();
                                })
                        : null);
        new SecurityHeaders(config).apply("/", headers);
        org.junit.jupiter.api.Assertions.assertEquals("max-age=86400; includeSubDomains", headers.get("Strict-Transport-Security"));
        assertStrictPageCsp(headers.get("Content-Security-Policy"), "dashboard");
        org.junit.jupiter.api.Assertions.assertEquals("DENY", headers.get("X-Frame-Options"));
    }
}
