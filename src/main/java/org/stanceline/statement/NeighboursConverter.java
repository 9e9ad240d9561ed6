package org.stanceline.statement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.ArrayList;
import java.util.List;

/**
 * A proposal's neighbours in one JSON column: read with the statement, never queried. Quotes are cut so that
 * five neighbours fit the column.
 */
@Converter
public class NeighboursConverter implements AttributeConverter<List<StatementNeighbour>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int COLUMN = 4000;

    @Override
    public String convertToDatabaseColumn(List<StatementNeighbour> neighbours) {
        if (neighbours == null || neighbours.isEmpty()) {
            return null;
        }
        try {
            for (int cut = 600; cut >= 40; cut /= 2) {
                List<StatementNeighbour> shortened = new ArrayList<>();
                for (StatementNeighbour n : neighbours) {
                    String q = n.quote() == null || n.quote().length() <= cut ? n.quote() : n.quote().substring(0, cut - 3) + "...";
                    shortened.add(new StatementNeighbour(n.id(), q, n.topic(), n.stance(), n.similarity()));
                }
                String json = JSON.writeValueAsString(shortened);
                if (json.length() <= COLUMN) {
                    return json;
                }
            }
            return null;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<StatementNeighbour> convertToEntityAttribute(String column) {
        if (column == null || column.isEmpty()) {
            return List.of();
        }
        try {
            return JSON.readValue(column, new TypeReference<List<StatementNeighbour>>() { });
        } catch (JsonProcessingException e) {
            return List.of(); // an unreadable explanation must not hide the statement
        }
    }
}
