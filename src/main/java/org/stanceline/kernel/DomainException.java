package org.stanceline.kernel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request refused for a reason of the domain, not a fault of the server. Services throw one of the subclasses; the web
 * layer alone decides the status code and title ({@code web/ProblemMappers}), so features need not know HTTP.
 * {@link #members()} become extra members of the problem+json body (e.g. {@code existingId}, {@code field}).
 */
public abstract class DomainException extends RuntimeException {

    private final Map<String, Object> members;

    protected DomainException(String detail, Map<String, ?> members) {
        super(detail);
        this.members = members == null || members.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }

    public Map<String, Object> members() {
        return members;
    }

    static Map<String, Object> field(String field, Map<String, ?> more) {
        Map<String, Object> all = new LinkedHashMap<>();
        if (field != null) {
            all.put("field", field);
        }
        if (more != null) {
            all.putAll(more);
        }
        return all;
    }
}
