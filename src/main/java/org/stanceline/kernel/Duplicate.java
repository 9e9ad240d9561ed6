package org.stanceline.kernel;

import java.util.Map;

/** The thing to create exists already; {@code members} say which one (its id, key or hash). */
public class Duplicate extends Conflict {

    public Duplicate(String detail, Map<String, ?> existing) {
        super(detail, existing);
    }
}
