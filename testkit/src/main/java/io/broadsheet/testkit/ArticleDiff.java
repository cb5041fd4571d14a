package io.broadsheet.testkit;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.spi.ModelField;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/** Compares two articles field by field, over the fields a format says it carries. */
public final class ArticleDiff {

    private ArticleDiff() {
    }

    /** One line per differing field: "title: expected «…» but was «…»"; empty when they agree. */
    public static List<String> diff(Article expected, Article actual, Set<ModelField> fields) {
        List<String> out = new ArrayList<>();
        for (ModelField field : fields) {
            Object e = value(field).apply(expected);
            Object a = value(field).apply(actual);
            if (!Objects.equals(e, a)) {
                out.add(field.name().toLowerCase() + ": expected «" + e + "» but was «" + a + "»");
            }
        }
        return out;
    }

    public static Function<Article, Object> value(ModelField field) {
        return switch (field) {
            case ID -> Article::id;
            case KIND -> Article::kind;
            case COLUMN -> Article::column;
            case KICKER -> Article::kicker;
            case TITLE -> Article::title;
            case SUBTITLES -> Article::subtitles;
            case BYLINE -> Article::byline;
            case AUTHORS -> Article::authors;
            case DATELINE -> Article::dateline;
            case SECTIONS -> Article::sections;
            case CAPTION -> Article::caption;
            case CREDIT -> Article::credit;
            case CONTINUED_TO -> Article::continuedTo;
            case CONTINUED_FROM -> Article::continuedFrom;
            case EDITION -> Article::edition;
            case SOURCE -> Article::source;
            case METADATA -> Article::metadata;
        };
    }
}
