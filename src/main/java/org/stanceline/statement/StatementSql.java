package org.stanceline.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A native query over {@code statement s} being put together: its FROM clause, its conditions and their
 * ordinal parameters. Values are always bound, never written into the SQL.
 */
final class StatementSql {

    static final String FROM = "statement s";

    /**
     * Columns fixed by equality that lead the sorted indexes, put before the sort's own ORDER BY: the same order,
     * but H2 only reads an index as sorted when the ORDER BY starts with the index's first columns.
     */
    String orderPrefix = "";
    final List<String> joins = new ArrayList<>();
    final List<String> where = new ArrayList<>();
    final List<Object> params = new ArrayList<>();

    /** Binds a value and returns its placeholder. */
    String bind(Object value) {
        params.add(value);
        return "?" + params.size();
    }

    String bindAll(List<?> values) {
        return values.stream().map(this::bind).collect(Collectors.joining(", "));
    }

    void where(String condition) {
        where.add(condition);
    }

    void join(String join) {
        if (!joins.contains(join)) {
            joins.add(join);
        }
    }

    /** {@code select <columns> from … where …}, without ORDER BY. */
    String select(String columns) {
        StringBuilder sql = new StringBuilder("select ").append(columns).append(" from ").append(FROM);
        joins.forEach(j -> sql.append(' ').append(j));
        if (!where.isEmpty()) {
            sql.append(" where ").append(String.join(" and ", where));
        }
        return sql.toString();
    }

    /** A copy to which more conditions (a cursor) can be added without changing this one. */
    StatementSql copy() {
        StatementSql copy = new StatementSql();
        copy.orderPrefix = orderPrefix;
        copy.joins.addAll(joins);
        copy.where.addAll(where);
        copy.params.addAll(params);
        return copy;
    }
}
