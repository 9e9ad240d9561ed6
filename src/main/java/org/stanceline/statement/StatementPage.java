package org.stanceline.statement;

import java.util.List;

/** One page of statements with the total count of all that match. */
public record StatementPage(long total, int page, int size, List<StatementView> items) {
}
