package io.broadsheet.parser.markdown.internal;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.ArticleIds;
import io.broadsheet.core.model.ArticleKind;
import io.broadsheet.core.model.Dateline;
import io.broadsheet.core.model.Edition;
import io.broadsheet.core.model.Section;
import io.broadsheet.core.model.SourceRef;
import io.broadsheet.core.text.Dates;
import io.broadsheet.core.text.JumpNotes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One article from a file with front matter: Broadsheet's own keys (see the Markdown convention),
 * Jekyll/Hugo keys ({@code subtitle}, {@code author}, a date-time {@code date}) and every other key
 * as metadata. The body gives the sections, except for photos, whose caption and credit are in the
 * front matter.
 */
final class FrontMatterArticle {

    private static final Pattern LINES = Pattern.compile("(\\d+)(?:-(\\d+))?");

    private FrontMatterArticle() {
    }

    static Article build(FrontMatter frontMatter, List<Block> blocks, FileContext file) {
        boolean own = frontMatter.has("id") && frontMatter.has("kind");
        FrontMatterFields f = new FrontMatterFields(frontMatter, file.path(), own);
        Article.Builder b = Article.builder();
        Map<String, String> extra = new TreeMap<>();

        String title = f.text("title");
        List<Block> body = blocks;
        if (title == null && !own && !blocks.isEmpty() && blocks.get(0).level() == 1) {
            title = blocks.get(0).text();
            body = blocks.subList(1, blocks.size());
        }
        b.title(title);
        List<String> subtitles = f.texts("subtitles");
        // pandoc's single "subtitle": Broadsheet writes it from "subtitles", so it counts only alone.
        List<String> subtitle = f.texts("subtitle");
        if (subtitles.isEmpty()) {
            subtitles.addAll(subtitle);
        }
        b.subtitles(subtitles).kicker(f.text("kicker")).column(f.text("column"));
        people(f, b);
        Dateline dateline = dateline(f);
        b.dateline(dateline);

        String date = f.text("date");
        String iso = Dates.isoDate(date);
        if (date != null && !date.strip().equals(iso)) {
            extra.put("date", date);
        }
        if (iso == null && !own) {
            iso = Dates.fromFileName(file.fileName());
        }
        b.edition(new Edition(f.text("publication"), iso, f.number("page")));

        ArticleKind kind = kind(f, title);
        b.kind(kind).id(f.has("id") ? f.text("id") : ArticleIds.of(file.path(), 0));
        b.caption(f.text("caption")).credit(f.text("credit"));
        Integer continuedTo = f.number("continued_to");
        Integer continuedFrom = f.number("continued_from");
        b.continuedTo(continuedTo).continuedFrom(continuedFrom);
        b.source(own ? source(f, file) : thisFile(file));
        extra.putAll(f.map("metadata"));
        if (own) {
            // Written for Hugo and Jekyll from the column; anything else they hold stays metadata.
            List<String> tags = f.texts("tags");
            if (!tags.isEmpty() && !tags.equals(column(f))) {
                f.untake("tags");
            }
        }
        Map<String, String> metadata = f.rest();
        TypedMetadata.add(metadata, frontMatter.typed());
        metadata.putAll(extra);
        b.metadata(metadata);

        if (kind == ArticleKind.PHOTO) {
            // A photo's body repeats caption and credit, which the front matter already gives.
            return b.build();
        }
        List<Section> sections = Sections.of(body);
        if (continuedFrom != null) {
            sections = BodyCleanup.dropFirstParagraphIf(sections, p -> JumpNotes.isContinuedFrom(p, continuedFrom));
        }
        if (continuedTo != null) {
            sections = BodyCleanup.dropLastParagraphIf(sections, p -> JumpNotes.isContinuedTo(p, continuedTo));
        }
        if (dateline != null) {
            sections = BodyCleanup.stripDateline(sections, dateline.text());
        }
        return b.sections(sections).build();
    }

    /** {@code byline}/{@code authors}, or a Jekyll/Hugo {@code author} (a name or a list of names). */
    private static void people(FrontMatterFields f, Article.Builder b) {
        String byline = f.text("byline");
        List<String> authors = f.texts("authors");
        List<String> author = f.texts("author");
        if (!author.isEmpty() && (byline == null || authors.isEmpty())) {
            byline = byline != null ? byline : String.join(", ", author);
            authors = authors.isEmpty() ? author : authors;
        }
        b.byline(byline).authors(authors);
    }

    private static List<String> column(FrontMatterFields f) {
        String column = f.text("column");
        return column == null ? List.of() : List.of(column);
    }

    private static Dateline dateline(FrontMatterFields f) {
        if (!f.has("dateline")) {
            return null;
        }
        return new Dateline(f.text("dateline"), f.text("dateline_agency"), f.text("dateline_place"),
                f.text("dateline_date"));
    }

    private static ArticleKind kind(FrontMatterFields f, String title) {
        String label = f.text("kind");
        if (label == null) {
            return title != null ? ArticleKind.ARTICLE : ArticleKind.FRAGMENT;
        }
        try {
            return ArticleKind.fromLabel(label.strip().toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            f.rejected("kind", e.getMessage());
            return title != null ? ArticleKind.ARTICLE : ArticleKind.FRAGMENT;
        }
    }

    private static SourceRef thisFile(FileContext file) {
        return new SourceRef(file.path(), file.lineCount() > 0 ? 1 : 0, file.lineCount(), file.charset());
    }

    /**
     * The source named in our own front matter, else this file and its lines. (Third-party posts keep a
     * "source" key as metadata: there it usually says where the post was first published.)
     */
    private static SourceRef source(FrontMatterFields f, FileContext file) {
        if (!f.has("source")) {
            return thisFile(file);
        }
        String path = f.text("source");
        int start = 0;
        int end = 0;
        String lines = f.text("source_lines");
        if (lines != null) {
            Matcher m = LINES.matcher(lines.strip());
            if (!m.matches()) {
                throw f.error("source_lines", "'source_lines' must be 'start-end', not '" + lines + "'");
            }
            start = Integer.parseInt(m.group(1));
            end = m.group(2) == null ? start : Integer.parseInt(m.group(2));
            if (end < start) {
                throw f.error("source_lines", "'source_lines' ends before it starts: '" + lines + "'");
            }
        }
        return new SourceRef(path, start, end, f.text("source_encoding"));
    }
}
