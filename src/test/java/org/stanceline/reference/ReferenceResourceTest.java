package org.stanceline.reference;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.stanceline.TestUsers.PROBLEM_JSON;

@QuarkusTest
class ReferenceResourceTest {

    @Test
    void shouldListTopicsWithScaleWords() {
        given().get("/api/topics").then().statusCode(200)
                .body("key", hasItems("troops", "nato-membership", "guarantees", "territory", "sanctions"))
                .body("find { it.key == 'troops' }.question", containsString("troops"))
                .body("find { it.key == 'troops' }.scaleLabels", hasKey("-2"))
                .body("find { it.key == 'troops' }.scaleLabels", hasKey("2"));
    }

    @Test
    void shouldListTheSixCapitalsInDisplayOrderWithColours() {
        given().get("/api/actors").then().statusCode(200)
                .body("key", hasItems("moscow", "london", "paris", "washington", "kyiv", "copenhagen"))
                .body("[0].key", equalTo("moscow"))
                .body("colour", everyItem(matchesPattern("#[0-9A-F]{6}")));
    }

    @Test
    void shouldListSpeakersWithAliasesAndRolePhrases() {
        given().get("/api/speakers").then().statusCode(200)
                .body("find { it.key == 'starmer' }.aliases", hasItem("Kier Starmer"))
                .body("find { it.key == 'starmer' }.actor", equalTo("london"))
                .body("find { it.key == 'peskov' }.rolePhrases", hasItem("Kremlin spokesman"))
                .body("size()", greaterThanOrEqualTo(10));
    }

    @Test
    void shouldFilterSpeakersByActor() {
        given().queryParam("actor", "moscow").get("/api/speakers").then().statusCode(200)
                .body("actor", everyItem(equalTo("moscow")))
                .body("key", hasItems("medvedev", "lavrov", "peskov", "zakharova"));
    }

    @Test
    void shouldNotListSpeakersOfUnknownActor() {
        given().queryParam("actor", "atlantis").get("/api/speakers").then().statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(404))
                .body("detail", containsString("atlantis"));
    }
}
