package io.broadsheet.parser.csv.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.ArticleIds;
import io.broadsheet.core.model.ArticleKind;
import io.broadsheet.core.model.Dateline;
import io.broadsheet.core.model.Edition;
import io.broadsheet.core.model.SourceRef;
import io.broadsheet.core.text.Dates;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-level fields of one row: everything but the body. Cells are taken as they are: our CSV
 * exporter writes the dateline and the continuations in their own columns, never in the text, and the
 * byline even when it repeats a photo's credit. Unmapped columns go to metadata, a column named
 * {@code metadata.<key>} under its key.
 */
final class RowArticle {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String METADATA_COLUMN = "metadata.";
    private static final Pattern LINES = Pattern.compile("(\\d+)(?:-(\\d+))?");

    private RowArticle() {
    }

    /** Where the row was read: for default ids and sources. */
    record Place(String path, int rowNumber, int startLine, int endLine, String charset) {
    }

    static Article.Builder fields(String[] row, Columns c, Place place, String listSeparator) throws RowException {
        Map<String, String> metadata = new TreeMap<>();
        for (int i : c.unmapped()) {
            if (!row[i].isEmpty()) {
                String name = c.name(i);
                metadata.put(name.startsWith(METADATA_COLUMN) ? name.substring(METADATA_COLUMN.length()) : name, row[i]);
            }
        }
        String id = c.get(row, Field.ID);
        String title = c.get(row, Field.TITLE);
        String caption = c.get(row, Field.CAPTION);
        String credit = c.get(row, Field.CREDIT);
        String date = c.get(row, Field.DATE);
        String iso = Dates.isoDate(date);
        if (date != null && !date.equals(iso)) {
            metadata.put(c.name(Field.DATE), date);
        }
        String dateline = c.get(row, Field.DATELINE);
        String source = c.get(row, Field.SOURCE);
        metadata.putAll(metadata(c.get(row, Field.METADATA)));
        return Article.builder()
                .id(id != null ? id : ArticleIds.of(place.path(), place.rowNumber()))
                .kind(kind(c.get(row, Field.KIND), title, caption, credit))
                .column(c.get(row, Field.COLUMN))
                .kicker(c.get(row, Field.KICKER))
                .title(title)
                .subtitles(list(c.get(row, Field.SUBTITLES), listSeparator))
                .byline(c.get(row, Field.BYLINE))
                .authors(list(c.get(row, Field.AUTHORS), listSeparator))
                .dateline(dateline == null ? null : new Dateline(dateline, c.get(row, Field.DATELINE_AGENCY),
                        c.get(row, Field.DATELINE_PLACE), c.get(row, Field.DATELINE_DATE)))
                .caption(caption)
                .credit(credit)
                .continuedTo(number(c, row, Field.CONTINUED_TO))
                .continuedFrom(number(c, row, Field.CONTINUED_FROM))
                .edition(new Edition(c.get(row, Field.PUBLICATION), iso, number(c, row, Field.PAGE)))
                .source(source != null ? source(source, c, row)
                        : new SourceRef(place.path(), place.startLine(), place.endLine(), place.charset()))
                .metadata(metadata);
    }

    /** The source named in the row, with its lines and encoding when those columns are there. */
    private static SourceRef source(String path, Columns c, String[] row) throws RowException {
        String lines = c.get(row, Field.SOURCE_LINES);
        int start = 0;
        int end = 0;
        if (lines != null) {
            Matcher m = LINES.matcher(lines.strip());
            if (!m.matches() || m.group(2) != null && Integer.parseInt(m.group(2)) < Integer.parseInt(m.group(1))) {
                throw new RowException("'" + c.name(Field.SOURCE_LINES) + "' must be 'start-end', not '" + lines + "'");
            }
            start = Integer.parseInt(m.group(1));
            end = m.group(2) == null ? start : Integer.parseInt(m.group(2));
        }
        return new SourceRef(path, start, end, c.get(row, Field.SOURCE_ENCODING));
    }

    private static ArticleKind kind(String label, String title, String caption, String credit) throws RowException {
        if (label == null) {
            if (title != null) {
                return ArticleKind.ARTICLE;
            }
            return caption != null || credit != null ? ArticleKind.PHOTO : ArticleKind.FRAGMENT;
        }
        try {
            return ArticleKind.fromLabel(label.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RowException(e.getMessage());
        }
    }

    private static Integer number(Columns c, String[] row, Field field) throws RowException {
        String value = c.get(row, field);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new RowException("'" + c.name(field) + "' must be a whole number, not '" + value + "'");
        }
    }

    private static List<String> list(String cell, String separator) {
        return cell == null ? List.of() : List.of(cell.split(Pattern.quote(separator), -1));
    }

    private static Map<String, String> metadata(String json) throws RowException {
        Map<String, String> out = new TreeMap<>();
        if (json == null || json.isBlank()) {
            return out;
        }
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new RowException("'metadata' is not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new RowException("'metadata' must be a JSON object of strings");
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (!e.getValue().isNull()) {
                out.put(e.getKey(), e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString());
            }
        }
        return out;
    }
}
