package org.stanceline.statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.stanceline.cache.DataVersion;

/**
 * Corpus load and restore write statements (and the sources, speakers and events around them) without the
 * review paths; this bumps the data version inside their transaction, so their rollback undoes it too.
 * It lives here, not in the cache package, so that package depends on no feature.
 */
@ApplicationScoped
class BulkLoadVersionBump {

    @Inject
    DataVersion dataVersion;

    void onBulkLoad(@Observes StatementsBulkLoaded loaded) {
        dataVersion.bump();
    }
}
