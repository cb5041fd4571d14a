package io.broadsheet.exporter.csv.internal;

/** {@code metadata.<key>}: one metadata entry in a column of its own. */
record MetadataColumn(String key) implements Column {

    static final String PREFIX = "metadata.";

    @Override
    public String header() {
        return PREFIX + key;
    }

    @Override
    public String value(Row row, String listSeparator) {
        return row.article().metadata().get(key);
    }
}
