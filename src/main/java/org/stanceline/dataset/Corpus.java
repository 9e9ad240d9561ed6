package org.stanceline.dataset;

import java.util.List;

/** Everything in data/, read and checked, ready to load. */
public record Corpus(List<CorpusFiles.TopicFile> topics, List<CorpusFiles.ActorFile> actors,
                     List<CorpusFiles.SpeakerFile> speakers, List<LoadedSource> sources,
                     List<LoadedStatements> statements, List<CorpusFiles.EventFile> events) {

    /** A source's metadata with its normalized text. */
    public record LoadedSource(CorpusFiles.SourceFile meta, String text) {
    }

    /** The statements of one statements/*.json file, with the file name for error messages. */
    public record LoadedStatements(String file, CorpusFiles.StatementsFile content) {
    }
}
