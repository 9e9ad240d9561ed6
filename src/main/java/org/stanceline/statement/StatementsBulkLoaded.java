package org.stanceline.statement;

/**
 * Fired synchronously, inside the writing transaction, after a bulk write that bypasses the per-statement
 * review paths (corpus load, dataset restore). Observers that keep data derived from statements (rollups,
 * the data version) rebuild or bump in the same transaction, so a rollback undoes them too.
 *
 * @param reason what loaded the statements, for logs ("corpus", "restore")
 * @param statements how many statements were written
 */
public record StatementsBulkLoaded(String reason, long statements) {
}
