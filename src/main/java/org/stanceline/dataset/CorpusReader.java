package org.stanceline.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.stanceline.source.TextNormalizer;
import org.stanceline.kernel.DatePrecision;
import org.stanceline.statement.SpanCheck;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads data/ and checks it completely before anything is written: shapes, ranges, references between
 * files, that every span holds its quote and every date is consistent with its precision and source.
 */
@ApplicationScoped
public class CorpusReader {

    private final ObjectMapper json;

    @Inject
    Validator validator;

    @Inject
    public CorpusReader(ObjectMapper mapper) {
        this.json = mapper.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    public Corpus read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new CorpusException(dir.toString(), null, "data directory not found");
        }
        List<CorpusFiles.TopicFile> topics = readList(dir, "topics.json", new TypeReference<>() { });
        List<CorpusFiles.ActorFile> actors = readList(dir, "actors.json", new TypeReference<>() { });
        List<CorpusFiles.SpeakerFile> speakers = readList(dir, "speakers.json", new TypeReference<>() { });
        List<CorpusFiles.SourceFile> sourceMetas = readList(dir, "sources.json", new TypeReference<>() { });
        List<CorpusFiles.EventFile> events = readList(dir, "events.json", new TypeReference<>() { });

        unique("topics.json", topics.stream().map(CorpusFiles.TopicFile::key).toList());
        unique("actors.json", actors.stream().map(CorpusFiles.ActorFile::key).toList());
        unique("speakers.json", speakers.stream().map(CorpusFiles.SpeakerFile::key).toList());
        unique("sources.json", sourceMetas.stream().map(CorpusFiles.SourceFile::key).toList());
        unique("events.json", events.stream().map(CorpusFiles.EventFile::key).toList());

        for (int i = 0; i < topics.size(); i++) {
            if (!topics.get(i).scaleLabels().keySet().equals(Set.of("-2", "-1", "0", "1", "2"))) {
                throw new CorpusException("topics.json", "[" + i + "].scaleLabels", "needs exactly the keys -2, -1, 0, 1, 2");
            }
        }
        Set<String> actorKeys = actors.stream().map(CorpusFiles.ActorFile::key).collect(Collectors.toSet());
        for (int i = 0; i < speakers.size(); i++) {
            CorpusFiles.SpeakerFile s = speakers.get(i);
            requireKnown("speakers.json", "[" + i + "].actor", s.actor(), actorKeys);
            if (s.from() != null && s.to() != null && s.to().isBefore(s.from())) {
                throw new CorpusException("speakers.json", "[" + i + "].to", "is before 'from'");
            }
        }

        List<Corpus.LoadedSource> sources = new ArrayList<>();
        for (int i = 0; i < sourceMetas.size(); i++) {
            CorpusFiles.SourceFile meta = sourceMetas.get(i);
            String text = readText(dir, meta.file(), "sources.json", "[" + i + "].file");
            DatePrecision precision = DatePrecision.parse(meta.precision());
            if (!precision.isPeriodStart(meta.publishedOn())) {
                throw new CorpusException("sources.json", "[" + i + "].publishedOn", meta.publishedOn()
                        + " is not the first day of its " + precision.label());
            }
            sources.add(new Corpus.LoadedSource(meta, text));
        }
        Map<String, Corpus.LoadedSource> sourceByKey = sources.stream()
                .collect(Collectors.toMap(s -> s.meta().key(), s -> s));

        for (int i = 0; i < events.size(); i++) {
            CorpusFiles.EventFile e = events.get(i);
            if (e.endDate() != null && e.endDate().isBefore(e.date())) {
                throw new CorpusException("events.json", "[" + i + "].endDate", "is before 'date'");
            }
            if (e.source() != null) {
                requireKnown("events.json", "[" + i + "].source", e.source(), sourceByKey.keySet());
            }
        }

        Map<String, CorpusFiles.SpeakerFile> speakerByKey = speakers.stream()
                .collect(Collectors.toMap(CorpusFiles.SpeakerFile::key, s -> s));
        Set<String> topicKeys = topics.stream().map(CorpusFiles.TopicFile::key).collect(Collectors.toSet());
        List<Corpus.LoadedStatements> statements = readStatements(dir, sourceByKey, speakerByKey, topicKeys, actorKeys);
        return new Corpus(topics, actors, speakers, sources, statements, events);
    }

    private List<Corpus.LoadedStatements> readStatements(Path dir, Map<String, Corpus.LoadedSource> sources,
                                                         Map<String, CorpusFiles.SpeakerFile> speakers,
                                                         Set<String> topics, Set<String> actors) {
        Path folder = dir.resolve("statements");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new CorpusException("statements/", null, "cannot list: " + e.getMessage());
        }
        Set<String> keys = new HashSet<>();
        List<Corpus.LoadedStatements> result = new ArrayList<>();
        for (Path path : files) {
            String name = "statements/" + path.getFileName();
            CorpusFiles.StatementsFile content = parse(path, name, new TypeReference<>() { });
            validate(name, "", content);
            requireKnown(name, "source", content.source(), sources.keySet());
            Corpus.LoadedSource source = sources.get(content.source());
            DatePrecision published = DatePrecision.parse(source.meta().precision());
            for (int i = 0; i < content.statements().size(); i++) {
                CorpusFiles.StatementFile s = content.statements().get(i);
                String at = "statements[" + i + "]";
                if (!keys.add(s.key())) {
                    throw new CorpusException(name, at + ".key", "'" + s.key() + "' is used twice in statements/");
                }
                requireKnown(name, at + ".speaker", s.speaker(), speakers.keySet());
                requireKnown(name, at + ".topic", s.topic(), topics);
                if (s.actor() != null) {
                    requireKnown(name, at + ".actor", s.actor(), actors);
                }
                DatePrecision precision = DatePrecision.parse(s.precision());
                if (!precision.isPeriodStart(s.saidOn())) {
                    throw new CorpusException(name, at + ".saidOn", s.saidOn() + " is not the first day of its "
                            + precision.label() + "; use " + precision.startOf(s.saidOn()));
                }
                if (s.saidOn().isAfter(published.endOf(source.meta().publishedOn()))) {
                    throw new CorpusException(name, at + ".saidOn", s.saidOn() + " is after the source's publication ("
                            + source.meta().publishedOn() + ", " + published.label() + ")");
                }
                String mismatch = SpanCheck.mismatch(source.text(), s.span().start(), s.span().end(), s.quote());
                if (mismatch != null) {
                    throw new CorpusException(name, at + ".span", mismatch);
                }
            }
            result.add(new Corpus.LoadedStatements(name, content));
        }
        return result;
    }

    private <T> List<T> readList(Path dir, String file, TypeReference<List<T>> type) {
        Path path = dir.resolve(file);
        if (!Files.exists(path)) {
            return List.of();
        }
        List<T> items = parse(path, file, type);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) {
                throw new CorpusException(file, "[" + i + "]", "is null");
            }
            validate(file, "[" + i + "].", items.get(i));
        }
        return items;
    }

    private <T> T parse(Path path, String file, TypeReference<T> type) {
        try {
            T value = json.readValue(decode(path, file), type);
            if (value == null) {
                throw new CorpusException(file, null, "is empty");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw new CorpusException(file, fieldPath(e), "unknown field; allowed: " + e.getKnownPropertyIds());
        } catch (JsonMappingException e) {
            throw new CorpusException(file, fieldPath(e), e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw new CorpusException(file, "line " + e.getLocation().getLineNr(), e.getOriginalMessage());
        }
    }

    private String readText(Path dir, String relative, String file, String field) {
        Path path = dir.resolve(relative).normalize();
        if (!path.startsWith(dir.normalize()) || !Files.isRegularFile(path)) {
            throw new CorpusException(file, field, "'" + relative + "' is not a file inside the data directory");
        }
        String text = decode(path, relative);
        String normalized = TextNormalizer.normalize(text);
        if (!normalized.equals(text)) {
            int at = 0;
            while (at < Math.min(text.length(), normalized.length()) && text.charAt(at) == normalized.charAt(at)) {
                at++;
            }
            throw new CorpusException(relative, null, "is not in normalized form (first difference at character "
                    + at + "); spans index into the normalized text, see data/FORMAT.md");
        }
        return text;
    }

    private static String decode(Path path, String file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(path))).toString();
        } catch (CharacterCodingException e) {
            throw new CorpusException(file, null, "is not valid UTF-8");
        } catch (IOException e) {
            throw new CorpusException(file, null, "cannot be read: " + e.getMessage());
        }
    }

    private <T> void validate(String file, String prefix, T value) {
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            ConstraintViolation<T> first = violations.stream()
                    .min(Comparator.comparing(v -> v.getPropertyPath().toString())).orElseThrow();
            throw new CorpusException(file, prefix + first.getPropertyPath(), first.getMessage());
        }
    }

    private static void unique(String file, List<String> keys) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < keys.size(); i++) {
            if (!seen.add(keys.get(i))) {
                throw new CorpusException(file, "[" + i + "].key", "'" + keys.get(i) + "' is used twice");
            }
        }
    }

    private static void requireKnown(String file, String field, String key, Set<String> known) {
        if (!known.contains(key)) {
            throw new CorpusException(file, field, "unknown key '" + key + "'");
        }
    }

    private static String fieldPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
