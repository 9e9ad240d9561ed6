package org.stanceline.export;

import org.stanceline.kernel.DomainException;
import org.stanceline.kernel.Invalid;
import org.stanceline.kernel.Unprocessable;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a backup as a stream, one record at a time, and hands each to a {@link Sink}: never the whole
 * document. The top-level fields must come in {@link #ORDER}, each list after the lists its records refer
 * to (the order the export writes), so a record's references are known when it arrives.
 */
final class DatasetReader {

    /** The fields of a backup, in the order a restore needs them. */
    static final List<String> ORDER = List.of("format", "version", "topics", "actors", "speakers", "sources",
            "statements", "events", "audit");
    /** Fields a backup may leave out: backups written before the audit existed have none. */
    private static final List<String> OPTIONAL = List.of("audit");

    /** Receives the records in stream order; {@code index} is the record's position in its list. */
    interface Sink {
        void topic(long index, Dataset.TopicRecord r);

        void actor(long index, Dataset.ActorRecord r);

        void speaker(long index, Dataset.SpeakerRecord r);

        void source(long index, Dataset.SourceRecord r);

        void statement(long index, Dataset.StatementRecord r);

        void event(long index, Dataset.EventRecord r);

        void audit(long index, Dataset.AuditRecord r);

        /** The list {@code list} has ended: write what is pending. */
        void endOfList(String list);
    }

    private final ObjectMapper mapper;
    private final Map<Class<?>, ObjectReader> readers = new HashMap<>();

    DatasetReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    void read(InputStream json, Sink sink) {
        try (JsonParser p = mapper.getFactory().createParser(json)) {
            readDocument(p, sink);
        } catch (IOException e) {
            throw failure(e, null);
        } catch (RuntimeException e) {
            throw failure(e, null);
        }
    }

    private void readDocument(JsonParser p, Sink sink) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw new Unprocessable("A backup is a JSON object with the fields " + ORDER);
        }
        int last = -1;
        String format = null;
        Integer version = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            int position = ORDER.indexOf(field);
            if (position < 0) {
                throw new Unprocessable("Field '" + field + "' is not part of a backup; the fields are "
                        + ORDER);
            }
            if (position <= last) {
                throw new Unprocessable("Field '" + field + "' comes after '" + ORDER.get(last)
                        + "'; a restore reads the fields in the order " + ORDER);
            }
            last = position;
            JsonToken value = p.nextToken();
            if (field.equals("format")) {
                format = value == JsonToken.VALUE_STRING ? p.getText() : null;
                continue;
            }
            if (field.equals("version")) {
                version = value == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : null;
                continue;
            }
            if (!Dataset.FORMAT.equals(format) || version == null || version != Dataset.VERSION) {
                throw new Unprocessable("Field 'format'/'version' must be '" + Dataset.FORMAT
                        + "' version " + Dataset.VERSION + " and come first; got '" + format + "' version " + version);
            }
            if (value != JsonToken.START_ARRAY) {
                throw new Unprocessable("Field '" + field + "' must be a list; use [] for none");
            }
            readList(p, field, sink);
            sink.endOfList(field);
        }
        List<String> required = ORDER.subList(last + 1, ORDER.size()).stream().filter(f -> !OPTIONAL.contains(f))
                .toList();
        if (!required.isEmpty()) {
            String missing = String.join("', '", required);
            throw new Unprocessable("Field(s) '" + missing + "' missing; use [] for none");
        }
        if (p.nextToken() != null) {
            throw new Invalid("The body goes on after the end of the backup's JSON object");
        }
    }

    private void readList(JsonParser p, String list, Sink sink) throws IOException {
        long index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() == null) {
                throw RestoreBody.truncated();
            }
            long at = index++;
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                throw new Unprocessable(list + "[" + at + "] is null");
            }
            try {
                switch (list) {
                    case "topics" -> sink.topic(at, record(p, Dataset.TopicRecord.class));
                    case "actors" -> sink.actor(at, record(p, Dataset.ActorRecord.class));
                    case "speakers" -> sink.speaker(at, record(p, Dataset.SpeakerRecord.class));
                    case "sources" -> sink.source(at, record(p, Dataset.SourceRecord.class));
                    case "statements" -> sink.statement(at, record(p, Dataset.StatementRecord.class));
                    case "events" -> sink.event(at, record(p, Dataset.EventRecord.class));
                    default -> sink.audit(at, record(p, Dataset.AuditRecord.class));
                }
            } catch (IOException | RuntimeException e) {
                throw failure(e, list + "[" + at + "]");
            }
        }
    }

    /** One record in the middle of the stream: what follows it is the rest of the list, not trailing garbage. */
    private <T> T record(JsonParser p, Class<T> type) throws IOException {
        return readers.computeIfAbsent(type, t -> mapper.readerFor(t)
                .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)).readValue(p);
    }

    /**
     * The client error behind a failed read: Jackson wraps what the body stream threw (a limit, a broken
     * gzip stream, a client that hung up) and reports broken JSON; {@code record} names where it happened.
     */
    static RuntimeException failure(Throwable e, String record) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof DomainException p) {
                return p;
            }
            if (c instanceof JsonEOFException || c instanceof EOFException
                    || (c instanceof JsonProcessingException j && String.valueOf(j.getOriginalMessage())
                    .startsWith("Unexpected end-of-input"))) {
                return RestoreBody.truncated();
            }
        }
        if (e instanceof JsonMappingException m && record != null) {
            String field = m.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName()
                    : "[" + r.getIndex() + "]").collect(Collectors.joining("."));
            return new Unprocessable(record + ": field '" + field + "' " + m.getOriginalMessage());
        }
        if (e instanceof JsonProcessingException j) {
            return new Invalid("The body is not valid JSON" + (record == null ? "" : " in " + record)
                    + ": " + j.getOriginalMessage());
        }
        if (e instanceof IOException io) {
            return new Invalid("The body could not be read to its end (the client closed the "
                    + "connection?): " + io.getMessage());
        }
        return e instanceof RuntimeException r ? r : new IllegalStateException(e);
    }
}
