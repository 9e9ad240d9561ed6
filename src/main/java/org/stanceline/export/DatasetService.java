package org.stanceline.export;

import jakarta.enterprise.context.ApplicationScoped;
import org.stanceline.event.Event;
import org.stanceline.reference.Actor;
import org.stanceline.reference.Speaker;
import org.stanceline.reference.Topic;
import org.stanceline.source.Source;
import org.stanceline.statement.Statement;
import org.stanceline.statement.StatementRevision;

import java.util.LinkedHashMap;
import java.util.Map;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

/**
 * What a backup covers, table by table. The backup itself streams: {@link DatasetExport} writes it and
 * {@link DatasetRestore} reads it back.
 */
@ApplicationScoped
public class DatasetService {

    /** Rows per table; a restore needs them all at zero. */
    @jakarta.transaction.Transactional(SUPPORTS)
    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("topics", Topic.count());
        counts.put("actors", Actor.count());
        counts.put("speakers", Speaker.count());
        counts.put("sources", Source.count());
        counts.put("statements", Statement.count());
        counts.put("events", Event.count());
        counts.put("revisions", StatementRevision.count());
        return counts;
    }
}
