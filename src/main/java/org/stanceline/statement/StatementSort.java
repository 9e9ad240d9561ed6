package org.stanceline.statement;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Orders a statement list may be sorted in; a leading '-' in the parameter means descending. */
public enum StatementSort {
    DATE_ASC("date", "s.saidOn asc, s.id asc"),
    DATE_DESC("-date", "s.saidOn desc, s.id desc"),
    STANCE_ASC("stance", "s.stance asc, s.saidOn desc, s.id desc"),
    STANCE_DESC("-stance", "s.stance desc, s.saidOn desc, s.id desc"),
    INTENSITY_ASC("intensity", "s.intensity asc, s.saidOn desc, s.id desc"),
    INTENSITY_DESC("-intensity", "s.intensity desc, s.saidOn desc, s.id desc"),
    ACTOR("actor", "s.actor.displayOrder asc, s.saidOn desc, s.id desc"),
    SPEAKER("speaker", "s.speaker.name asc, s.saidOn desc, s.id desc");

    final String parameter;
    final String orderBy;

    StatementSort(String parameter, String orderBy) {
        this.parameter = parameter;
        this.orderBy = orderBy;
    }

    public static StatementSort parse(String raw) {
        return Arrays.stream(values()).filter(s -> s.parameter.equals(raw)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Parameter 'sort' must be one of "
                        + Arrays.stream(values()).map(s -> s.parameter).collect(Collectors.joining(", "))
                        + "; got '" + raw + "'"));
    }
}
