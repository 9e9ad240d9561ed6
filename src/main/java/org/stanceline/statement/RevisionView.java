package org.stanceline.statement;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/** One entry of {@code GET /api/statements/{id}/revisions}; {@code before} is null for the first one. */
public record RevisionView(int revision, String action, String by, Instant at, JsonNode before, JsonNode after) {
}
