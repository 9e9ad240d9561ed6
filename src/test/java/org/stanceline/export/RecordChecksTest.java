package org.stanceline.export;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.stanceline.kernel.DomainException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The backup's field constraints, as a restore reports them: the record, the field, and what is wrong. */
class RecordChecksTest {

    private final Validator validator = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    private String refusal(String record, Object r) {
        return assertThrows(DomainException.class, () -> RecordChecks.fields(validator, record, r)).getMessage();
    }

    @Test
    void namesTheRecordTheFieldAndTheRejectedValue() {
        assertEquals("actors[0] (key 'paris'): field 'colour' must be like #D55E00; got 'red'",
                refusal("actors[0] (key 'paris')", new Dataset.ActorRecord("paris", "Paris", "France", "red", 1)));
        assertEquals("statements[4] (key 's-4'): field 'stance' must be -2..2; got 7",
                refusal("statements[4] (key 's-4')", statement(7, "fr")));
        assertEquals("statements[4] (key 's-4'): field 'quoteLanguage' must be an ISO 639 code such as fr; got 'French'",
                refusal("statements[4] (key 's-4')", statement(1, "French")));
        assertEquals("sources[2]: field 'title' is missing", refusal("sources[2]", new Dataset.SourceRecord("h", null,
                null, "Outlet", null, null, null, false, null, "en", "text", null, null)));
        assertEquals("audit[0]: field 'user' is longer than 64 characters", refusal("audit[0]",
                new Dataset.AuditRecord(Instant.EPOCH, "u".repeat(65), null, "create", "statement", null, "s", null, null)));
    }

    @Test
    void reportsTheFirstBrokenFieldInTheRecordsOwnOrder() {
        assertEquals("actors[1] (key 'x'): field 'name' is missing",
                refusal("actors[1] (key 'x')", new Dataset.ActorRecord("x", null, null, "nope", 1)));
    }

    @Test
    void letsAGoodRecordThrough() {
        RecordChecks.fields(validator, "actors[0]", new Dataset.ActorRecord("paris", "Paris", "France", "#0072B2", 1));
        RecordChecks.fields(validator, "statements[0]", statement(-2, null));
    }

    private static Dataset.StatementRecord statement(int stance, String language) {
        return new Dataset.StatementRecord("s-4", "h", "sp", "paris", "troops", LocalDate.of(2025, 3, 1), "day", null,
                "We will send troops", true, 0, 19, stance, 2, List.of(), 1.0, "confirmed", "analyst", null,
                Instant.EPOCH, Instant.EPOCH, List.of(), null, language, List.of());
    }
}
