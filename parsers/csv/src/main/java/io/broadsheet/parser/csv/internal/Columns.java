package io.broadsheet.parser.csv.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The header of a file, resolved against the {@code columns} option: which field each column fills.
 * Names match exactly, else ignoring case and surrounding spaces; columns the option does not name
 * may still take a field by a common name ({@link CommonColumnNames}). Unmapped columns keep their
 * name, for metadata; a field claimed by two columns keeps the first.
 */
final class Columns {

    private final String[] names;
    private final Field[] fields;
    private final Map<Field, Integer> index = new EnumMap<>(Field.class);

    private Columns(String[] names, Field[] fields) {
        this.names = names;
        this.fields = fields;
        for (int i = 0; i < fields.length; i++) {
            if (fields[i] != null && fields[i] != Field.IGNORE) {
                index.putIfAbsent(fields[i], i);
            }
        }
    }

    static Columns resolve(String[] header, Map<String, String> mapping) {
        String[] names = new String[header.length];
        Field[] fields = new Field[header.length];
        for (int i = 0; i < header.length; i++) {
            names[i] = header[i].strip();
            String target = mapping.get(header[i]);
            if (target == null) {
                target = lookup(mapping, names[i]);
            }
            fields[i] = target == null ? null : Field.byName(target);
        }
        CommonColumnNames.fill(names, fields);
        return new Columns(names, fields);
    }

    private static String lookup(Map<String, String> mapping, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> e : mapping.entrySet()) {
            if (e.getKey().strip().toLowerCase(Locale.ROOT).equals(lower)) {
                return e.getValue();
            }
        }
        return null;
    }

    int size() {
        return names.length;
    }

    boolean has(Field field) {
        return index.containsKey(field);
    }

    /** The value of {@code field} in {@code row}, or null when no column holds it or the cell is empty. */
    String get(String[] row, Field field) {
        Integer i = index.get(field);
        if (i == null || row[i].isEmpty()) {
            return null;
        }
        return row[i];
    }

    /** The name of the column holding {@code field}. */
    String name(Field field) {
        return names[index.get(field)];
    }

    /** Column indexes whose values go to metadata. */
    List<Integer> unmapped() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < fields.length; i++) {
            if (fields[i] == null || fields[i] != Field.IGNORE && index.get(fields[i]) != i) {
                out.add(i);
            }
        }
        return out;
    }

    String name(int column) {
        return names[column];
    }
}
