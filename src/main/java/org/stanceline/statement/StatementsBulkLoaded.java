package org.stanceline.statement;

/**
 * Fired synchronously, inside the writing transaction, after a bulk write that bypasses the per-statement
 * review paths (corpus load, dataset restore). Observers that keep data derived from statements (rollups,
 * the data version) rebuild or bump in the same transaction, so a rollback undoes them too.
 *
 * @param reason what loaded the statements, for logs ("corpus", "restore")
 * @param statements how many statements were written
 * @param textIndexed whether the loader already rebuilt the text index (a chunked restore does, before its
 *                    last transaction; see {@link StatementSearch#rebuildIndexCommitting})
 */
public record StatementsBulkLoaded(String reason, long statements, boolean textIndexed) {

    public StatementsBulkLoaded(String reason, long statements) {
        this(reason, statements, false);
    }
}
