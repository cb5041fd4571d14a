package io.broadsheet.parser.csv.internal;

/**
 * One record of a CSV file as written, without its line terminator, and the physical lines it spans
 * (1-based, inclusive). {@code problem} is set when the record's quoting is broken beyond repair.
 */
record RawRecord(String text, int startLine, int endLine, String problem) {

    boolean isBlank() {
        return problem == null && text.isBlank();
    }
}
