package io.broadsheet.parser.sqlite.internal;

import io.broadsheet.core.error.InputException;
import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.ArticleKind;
import io.broadsheet.core.model.Dateline;
import io.broadsheet.core.model.Edition;
import io.broadsheet.core.model.Section;
import io.broadsheet.core.model.SourceRef;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds articles from the tables, in {@code seq} order: one query walks the articles with their
 * page, edition and publication; the lists and the metadata of each come from statements prepared once.
 */
final class ArticleReader implements AutoCloseable {

    private static final String ARTICLES = """
            SELECT a.seq, a.id, a.kind, a.column_label, a.kicker, a.title, a.byline,
              a.dateline, a.dateline_agency, a.dateline_place, a.dateline_date,
              a.source_path, a.source_start_line, a.source_end_line, a.source_encoding,
              a.page_id, pub.name, e.date, p.number
            FROM articles a
              LEFT JOIN pages p ON p.page_id = a.page_id
              LEFT JOIN editions e ON e.edition_id = p.edition_id
              LEFT JOIN publications pub ON pub.publication_id = e.publication_id
            ORDER BY a.seq""";

    private final String path;
    private final PreparedStatement articles;
    private final PreparedStatement subtitles;
    private final PreparedStatement sections;
    private final PreparedStatement paragraphs;
    private final PreparedStatement authors;
    private final PreparedStatement photo;
    private final PreparedStatement continuations;
    private final PreparedStatement metadata;

    ArticleReader(Connection c, String path) throws SQLException {
        this.path = path;
        articles = c.prepareStatement(ARTICLES);
        subtitles = c.prepareStatement("SELECT text FROM subtitles WHERE article_seq = ? ORDER BY position");
        sections = c.prepareStatement("SELECT section_id, heading FROM sections WHERE article_seq = ? ORDER BY position");
        paragraphs = c.prepareStatement("SELECT text FROM paragraphs WHERE section_id = ? ORDER BY position");
        authors = c.prepareStatement("""
                SELECT au.name FROM article_authors aa JOIN authors au ON au.author_id = aa.author_id
                WHERE aa.article_seq = ? ORDER BY aa.position""");
        photo = c.prepareStatement("SELECT caption, credit FROM photos WHERE article_seq = ?");
        continuations = c.prepareStatement("SELECT direction, page, article_id FROM continuations WHERE article_seq = ?");
        metadata = c.prepareStatement("SELECT key, value FROM metadata WHERE article_seq = ? ORDER BY key");
    }

    /** Receives each article as soon as it is complete. */
    interface Consumer {
        void accept(Article article) throws java.io.IOException;
    }

    void readAll(Consumer out) throws SQLException, java.io.IOException {
        try (ResultSet rs = articles.executeQuery()) {
            while (rs.next()) {
                long seq = rs.getLong("seq");
                Article article;
                try {
                    article = article(seq, rs);
                } catch (IllegalArgumentException | NullPointerException e) {
                    // A row edited into something the model cannot hold: say which row, keep what came before.
                    throw new InputException(path, 0, "articles row seq " + seq + ": " + e.getMessage());
                }
                out.accept(article);
            }
        }
    }

    private Article article(long seq, ResultSet rs) throws SQLException {
        Article.Builder b = Article.builder()
                .id(rs.getString("id"))
                .kind(ArticleKind.fromLabel(rs.getString("kind")))
                .column(rs.getString("column_label"))
                .kicker(rs.getString("kicker"))
                .title(rs.getString("title"))
                .byline(rs.getString("byline"))
                .source(new SourceRef(rs.getString("source_path"), rs.getInt("source_start_line"),
                        rs.getInt("source_end_line"), rs.getString("source_encoding")));
        String dateline = rs.getString("dateline");
        if (dateline != null) {
            b.dateline(new Dateline(dateline, rs.getString("dateline_agency"), rs.getString("dateline_place"),
                    rs.getString("dateline_date")));
        }
        if (integer(rs, "page_id") != null) {
            b.edition(new Edition(rs.getString("name"), rs.getString("date"), integer(rs, "number")));
        }
        b.subtitles(texts(subtitles, seq));
        b.authors(texts(authors, seq));
        b.sections(sections(seq));
        photo.setLong(1, seq);
        try (ResultSet p = photo.executeQuery()) {
            if (p.next()) {
                b.caption(p.getString("caption")).credit(p.getString("credit"));
            }
        }
        metadata.setLong(1, seq);
        try (ResultSet m = metadata.executeQuery()) {
            while (m.next()) {
                b.putMetadata(m.getString("key"), m.getString("value"));
            }
        }
        continuations(seq, b);
        return b.build();
    }

    private void continuations(long seq, Article.Builder b) throws SQLException {
        continuations.setLong(1, seq);
        try (ResultSet c = continuations.executeQuery()) {
            while (c.next()) {
                String direction = c.getString("direction");
                boolean to = "to".equals(direction);
                Integer page = integer(c, "page");
                if (to) {
                    b.continuedTo(page);
                } else {
                    b.continuedFrom(page);
                }
                String linked = c.getString("article_id");
                if (linked != null) {
                    b.putMetadata(to ? "continuedToId" : "continuedFromId", linked);
                }
            }
        }
    }

    private List<Section> sections(long seq) throws SQLException {
        List<Section> out = new ArrayList<>();
        sections.setLong(1, seq);
        try (ResultSet s = sections.executeQuery()) {
            while (s.next()) {
                out.add(new Section(s.getString("heading"), texts(paragraphs, s.getLong("section_id"))));
            }
        }
        return out;
    }

    /** The first column of every row, for a statement taking one key. */
    private static List<String> texts(PreparedStatement statement, long key) throws SQLException {
        List<String> out = new ArrayList<>();
        statement.setLong(1, key);
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement s : List.of(articles, subtitles, sections, paragraphs, authors, photo, continuations, metadata)) {
            s.close();
        }
    }
}
