package org.stanceline.cache;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntityTagsTest {

    static final String TAG = "W/\"7-abc\"";

    @Test
    void shouldMatchByWeakComparison() {
        assertTrue(EntityTags.noneMatchHits(List.of("W/\"7-abc\""), TAG));
        assertTrue(EntityTags.noneMatchHits(List.of("\"7-abc\""), TAG));
        assertTrue(EntityTags.noneMatchHits(List.of("W/\"7-abc\""), "\"7-abc\""));
        assertFalse(EntityTags.noneMatchHits(List.of("W/\"8-abc\""), TAG));
    }

    @Test
    void shouldMatchAnyMemberOfAListAndTheStar() {
        assertTrue(EntityTags.noneMatchHits(List.of("\"a\", W/\"b,c\" ,W/\"7-abc\""), TAG));
        assertTrue(EntityTags.noneMatchHits(List.of("\"a\"", "W/\"7-abc\""), TAG));
        assertTrue(EntityTags.noneMatchHits(List.of("*"), TAG));
        assertFalse(EntityTags.noneMatchHits(List.of("\"a\", W/\"b,c\""), TAG));
    }

    @Test
    void shouldNeverMatchMalformedOrAbsentTags() {
        assertFalse(EntityTags.noneMatchHits(List.of("7-abc"), TAG));
        assertFalse(EntityTags.noneMatchHits(List.of("W/7-abc"), TAG));
        assertFalse(EntityTags.noneMatchHits(List.of(""), TAG));
        assertFalse(EntityTags.noneMatchHits(List.of(), TAG));
        assertFalse(EntityTags.noneMatchHits(null, TAG));
        assertEquals(List.of("\"a\"", "W/\"b,c\""), EntityTags.members(" \"a\" ,, W/\"b,c\" "));
    }
}
