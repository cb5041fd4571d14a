package io.broadsheet.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.ArticleKind;
import io.broadsheet.core.model.Dateline;
import io.broadsheet.core.model.Edition;
import io.broadsheet.core.model.Section;
import io.broadsheet.core.model.SourceRef;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical JSON form of an {@link Article}: one object, every field present (null when unknown),
 * in model order. It is the lossless serialisation of the model (what {@code json} reads and writes)
 * and the contract with the scoring tools: field names never change within a major version.
 */
public final class ArticleJson {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(16)
                    .maxStringLength(64 * 1024 * 1024)
                    .build())
            .build();

    private ArticleJson() {
    }

    /** One line of JSON, no trailing newline. */
    public static String write(Article a) {
        StringBuilder out = new StringBuilder(512);
        out.append('{');
        field(out, "id", a.id()).append(',');
        field(out, "kind", a.kind().label()).append(',');
        field(out, "column", a.column()).append(',');
        field(out, "kicker", a.kicker()).append(',');
        field(out, "title", a.title()).append(',');
        name(out, "subtitles");
        strings(out, a.subtitles()).append(',');
        field(out, "byline", a.byline()).append(',');
        name(out, "authors");
        strings(out, a.authors()).append(',');
        name(out, "dateline");
        dateline(out, a.dateline()).append(',');
        name(out, "sections").append('[');
        for (int i = 0; i < a.sections().size(); i++) {
            Section s = a.sections().get(i);
            if (i > 0) {
                out.append(',');
            }
            out.append('{');
            field(out, "heading", s.heading()).append(',');
            name(out, "paragraphs");
            strings(out, s.paragraphs()).append('}');
        }
        out.append("],");
        field(out, "caption", a.caption()).append(',');
        field(out, "credit", a.credit()).append(',');
        field(out, "continuedTo", a.continuedTo()).append(',');
        field(out, "continuedFrom", a.continuedFrom()).append(',');
        Edition e = a.edition();
        name(out, "edition").append('{');
        field(out, "publication", e.publication()).append(',');
        field(out, "date", e.date()).append(',');
        field(out, "page", e.page()).append("},");
        SourceRef s = a.source();
        name(out, "source").append('{');
        field(out, "path", s.path()).append(',');
        field(out, "startLine", s.startLine()).append(',');
        field(out, "endLine", s.endLine()).append(',');
        field(out, "encoding", s.encoding()).append("},");
        name(out, "metadata").append('{');
        boolean first = true;
        for (Map.Entry<String, String> m : a.metadata().entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            field(out, m.getKey(), m.getValue());
        }
        out.append("}}");
        return out.toString();
    }

    private static StringBuilder name(StringBuilder out, String name) {
        JsonText.quote(out, name);
        return out.append(':');
    }

    private static StringBuilder field(StringBuilder out, String name, String value) {
        name(out, name);
        if (value == null) {
            out.append("null");
        } else {
            JsonText.quote(out, value);
        }
        return out;
    }

    private static StringBuilder field(StringBuilder out, String name, Integer value) {
        name(out, name);
        return out.append(value == null ? "null" : value.toString());
    }

    private static StringBuilder strings(StringBuilder out, List<String> values) {
        out.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            JsonText.quote(out, values.get(i));
        }
        return out.append(']');
    }

    private static StringBuilder dateline(StringBuilder out, Dateline d) {
        if (d == null) {
            return out.append("null");
        }
        out.append('{');
        field(out, "text", d.text()).append(',');
        field(out, "agency", d.agency()).append(',');
        field(out, "place", d.place()).append(',');
        field(out, "date", d.date());
        return out.append('}');
    }

    /**
     * Reads one article from one JSON object. Fields may come in any order and may be missing (they
     * take their empty value); an unknown field, a wrong type or a missing id, kind or source is an
     * error, because silently dropping what the model cannot hold would lose data.
     *
     * @throws JsonFormatException with the field at fault
     */
    public static Article read(String json) {
        try (JsonParser p = FACTORY.createParser(json)) {
            expect(p.nextToken(), JsonToken.START_OBJECT, "an article object");
            Article a = readArticle(p);
            if (p.nextToken() != null) {
                throw new JsonFormatException("text after the article object");
            }
            return a;
        } catch (JsonFormatException e) {
            throw e;
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new JsonFormatException("not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new JsonFormatException("not JSON: " + e.getMessage());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new JsonFormatException(e.getMessage());
        }
    }

    private static Article readArticle(JsonParser p) throws IOException {
        Article.Builder b = Article.builder();
        String id = null;
        ArticleKind kind = null;
        SourceRef source = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "id" -> id = string(p, field);
                case "kind" -> {
                    String label = string(p, field);
                    kind = label == null ? null : ArticleKind.fromLabel(label);
                }
                case "column" -> b.column(string(p, field));
                case "kicker" -> b.kicker(string(p, field));
                case "title" -> b.title(string(p, field));
                case "subtitles" -> b.subtitles(strings(p, field));
                case "byline" -> b.byline(string(p, field));
                case "authors" -> b.authors(strings(p, field));
                case "dateline" -> b.dateline(readDateline(p));
                case "sections" -> b.sections(readSections(p));
                case "caption" -> b.caption(string(p, field));
                case "credit" -> b.credit(string(p, field));
                case "continuedTo" -> b.continuedTo(integer(p, field));
                case "continuedFrom" -> b.continuedFrom(integer(p, field));
                case "edition" -> b.edition(readEdition(p));
                case "source" -> source = readSource(p);
                case "metadata" -> b.metadata(readMetadata(p));
                default -> throw new JsonFormatException("unknown field '" + field + "'");
            }
        }
        if (id == null) {
            throw new JsonFormatException("missing field 'id'");
        }
        if (kind == null) {
            throw new JsonFormatException("missing field 'kind'");
        }
        if (source == null) {
            throw new JsonFormatException("missing field 'source'");
        }
        return b.id(id).kind(kind).source(source).build();
    }

    private static Dateline readDateline(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            return Dateline.of(p.getText());
        }
        expect(p.currentToken(), JsonToken.START_OBJECT, "'dateline' as an object, a string or null");
        String text = null;
        String agency = null;
        String place = null;
        String date = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "text" -> text = string(p, "dateline.text");
                case "agency" -> agency = string(p, "dateline.agency");
                case "place" -> place = string(p, "dateline.place");
                case "date" -> date = string(p, "dateline.date");
                default -> throw new JsonFormatException("unknown field 'dateline." + field + "'");
            }
        }
        if (text == null) {
            throw new JsonFormatException("missing field 'dateline.text'");
        }
        return new Dateline(text, agency, place, date);
    }

    private static List<Section> readSections(JsonParser p) throws IOException {
        List<Section> sections = new ArrayList<>();
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return sections;
        }
        expect(p.currentToken(), JsonToken.START_ARRAY, "'sections' as an array");
        while (p.nextToken() != JsonToken.END_ARRAY) {
            expect(p.currentToken(), JsonToken.START_OBJECT, "each section as an object");
            String heading = null;
            List<String> paragraphs = List.of();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "heading" -> heading = string(p, "sections.heading");
                    case "paragraphs" -> paragraphs = strings(p, "sections.paragraphs");
                    default -> throw new JsonFormatException("unknown field 'sections." + field + "'");
                }
            }
            sections.add(new Section(heading, paragraphs));
        }
        return sections;
    }

    private static Edition readEdition(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return Edition.UNKNOWN;
        }
        expect(p.currentToken(), JsonToken.START_OBJECT, "'edition' as an object");
        String publication = null;
        String date = null;
        Integer page = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "publication" -> publication = string(p, "edition.publication");
                case "date" -> date = string(p, "edition.date");
                case "page" -> page = integer(p, "edition.page");
                default -> throw new JsonFormatException("unknown field 'edition." + field + "'");
            }
        }
        return new Edition(publication, date, page);
    }

    private static SourceRef readSource(JsonParser p) throws IOException {
        expect(p.currentToken(), JsonToken.START_OBJECT, "'source' as an object");
        String path = null;
        int start = 0;
        int end = 0;
        String encoding = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "path" -> path = string(p, "source.path");
                case "startLine" -> start = orZero(integer(p, "source.startLine"));
                case "endLine" -> end = orZero(integer(p, "source.endLine"));
                case "encoding" -> encoding = string(p, "source.encoding");
                default -> throw new JsonFormatException("unknown field 'source." + field + "'");
            }
        }
        if (path == null) {
            throw new JsonFormatException("missing field 'source.path'");
        }
        return new SourceRef(path, start, end, encoding);
    }

    private static Map<String, String> readMetadata(JsonParser p) throws IOException {
        Map<String, String> map = new TreeMap<>();
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return map;
        }
        expect(p.currentToken(), JsonToken.START_OBJECT, "'metadata' as an object");
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            p.nextToken();
            String value = string(p, "metadata." + key);
            if (value == null) {
                throw new JsonFormatException("'metadata." + key + "' must be a string");
            }
            map.put(key, value);
        }
        return map;
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static String string(JsonParser p, String field) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.VALUE_STRING) {
            throw new JsonFormatException("'" + field + "' must be a string or null, not " + describe(t));
        }
        return p.getText();
    }

    private static Integer integer(JsonParser p, String field) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
            throw new JsonFormatException("'" + field + "' must be a whole number or null, not " + describe(t));
        }
        return p.getIntValue();
    }

    private static List<String> strings(JsonParser p, String field) throws IOException {
        List<String> out = new ArrayList<>();
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return out;
        }
        expect(p.currentToken(), JsonToken.START_ARRAY, "'" + field + "' as an array of strings");
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw new JsonFormatException("'" + field + "' must hold only strings, not " + describe(p.currentToken()));
            }
            out.add(p.getText());
        }
        return out;
    }

    private static void expect(JsonToken actual, JsonToken expected, String what) {
        if (actual != expected) {
            throw new JsonFormatException("expected " + what + ", found " + describe(actual));
        }
    }

    private static String describe(JsonToken t) {
        if (t == null) {
            return "end of input";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.asString() == null ? t.name() : t.asString();
        };
    }
}
