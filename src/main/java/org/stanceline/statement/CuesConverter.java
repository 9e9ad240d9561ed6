package org.stanceline.statement;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;
import java.util.List;

/** Cue words kept in one column, one per line: read with every statement, never queried on their own. */
@Converter
public class CuesConverter implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> cues) {
        return cues == null || cues.isEmpty() ? null : String.join("\n", cues);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return column == null || column.isEmpty() ? List.of() : Arrays.asList(column.split("\n"));
    }
}
