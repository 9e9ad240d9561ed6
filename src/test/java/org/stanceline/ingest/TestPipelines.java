package org.stanceline.ingest;

import java.nio.file.Path;

/** The pipeline over data/, built once for the plain unit tests. */
final class TestPipelines {

    static final IngestPipeline DATA = IngestPipeline.fromDataDir(Path.of("data"));

    private TestPipelines() {
    }
}
