package org.stanceline.statement;

import java.util.List;

/**
 * One page of statements.
 *
 * @param total how many statements match, counted up to {@code stanceline.statements.count-limit}: when more
 *              match, this is that limit and {@code totalExact} is false
 * @param totalExact whether {@code total} is the exact number of matches
 * @param next cursor of the following page (pass it as {@code after}), or null on the last page
 */
public record StatementPage(long total, boolean totalExact, int page, int size, String next,
                            List<StatementView> items) {
}
