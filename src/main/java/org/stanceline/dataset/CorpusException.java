package org.stanceline.dataset;

/** A problem in a data/ file, naming the file and the field so an analyst can fix it by hand. */
public class CorpusException extends RuntimeException {

    public CorpusException(String file, String field, String message) {
        super(file + (field == null || field.isEmpty() ? "" : ": " + field) + ": " + message);
    }
}
