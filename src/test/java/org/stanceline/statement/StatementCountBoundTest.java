package org.stanceline.statement;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.stanceline.TestUsers.PROBLEM_JSON;

/** The list's count bound and deepest offset, with limits the demo corpus exceeds. */
@QuarkusTest
@TestProfile(SmallListLimitsProfile.class)
public class StatementCountBoundTest {

    @Test
    void shouldReportTheBoundAsInexactTotalWhenMoreMatch() {
        given().queryParam("size", 2).get("/api/statements").then().statusCode(200)
                .body("total", equalTo(SmallListLimitsProfile.COUNT_LIMIT))
                .body("totalExact", equalTo(false));
        given().queryParam("speaker", "lavrov").queryParam("stance", -2).queryParam("intensity", 3)
                .queryParam("topic", "troops").queryParam("size", 1).get("/api/statements").then().statusCode(200)
                .body("totalExact", equalTo(true));
    }

    @Test
    void shouldBoundTheCountOfATextSearchLower() {
        given().queryParam("q", "troops").queryParam("size", 1).get("/api/statements").then().statusCode(200)
                .body("total", equalTo(SmallListLimitsProfile.SEARCH_COUNT_LIMIT))
                .body("totalExact", equalTo(false));
    }

    @Test
    void shouldRefuseOffsetsPastTheLimitButFollowTheCursor() {
        given().queryParam("size", 3).queryParam("page", 2).get("/api/statements").then().statusCode(200);
        given().queryParam("size", 3).queryParam("page", 3).get("/api/statements").then().statusCode(400)
                .contentType(PROBLEM_JSON).body("detail", containsString("'page'"))
                .body("detail", containsString("after"));
        List<Long> viaCursor = new ArrayList<>();
        String after = null;
        for (int i = 0; i < 5; i++) {
            var request = given().queryParam("size", 3);
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath page = request.get("/api/statements").then().statusCode(200).extract().jsonPath();
            viaCursor.addAll(page.getList("items.id", Long.class));
            after = page.getString("next");
        }
        List<Long> all = given().queryParam("size", 15).get("/api/statements").jsonPath().getList("items.id", Long.class);
        assertEquals(all, viaCursor, "pages 0-4 through the cursor, deeper than max-offset");
    }

    @Test
    void shouldStillExportEveryMatchCountedExactly() {
        given().queryParam("topic", "troops").get("/api/export/statements.json").then().statusCode(200)
                .body("total", greaterThan(SmallListLimitsProfile.COUNT_LIMIT))
                .body("items.size()", greaterThan(SmallListLimitsProfile.COUNT_LIMIT));
    }
}
