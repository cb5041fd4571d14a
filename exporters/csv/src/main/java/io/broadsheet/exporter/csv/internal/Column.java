package io.broadsheet.exporter.csv.internal;

/** A CSV column: its header and how a row fills it (null for an empty cell). */
interface Column {

    String header();

    String value(Row row, String listSeparator);
}
