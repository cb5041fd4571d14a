package io.broadsheet.exporter.sqlite;

/**
 * Options of the {@code sqlite} exporter.
 *
 * @param articlesPerTransaction how many articles go into one transaction: large transactions are what
 *                               make SQLite fast; the file's bytes do not depend on this number
 */
public record SqliteExporterOptions(int articlesPerTransaction) {

    public SqliteExporterOptions {
        if (articlesPerTransaction < 1) {
            throw new IllegalArgumentException("articlesPerTransaction must be at least 1, was " + articlesPerTransaction);
        }
    }
}
