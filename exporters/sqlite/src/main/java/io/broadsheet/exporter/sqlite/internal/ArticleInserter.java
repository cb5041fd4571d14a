package io.broadsheet.exporter.sqlite.internal;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.Dateline;
import io.broadsheet.core.model.Section;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Writes one article into every table it touches, with statements prepared once per database. Rows get
 * their ids in arrival order, so the same articles always give the same rows.
 */
final class ArticleInserter implements AutoCloseable {

    private final PageKeys pages;
    private final RowNumbers<String> authors;
    private final PreparedStatement article;
    private final PreparedStatement subtitle;
    private final PreparedStatement section;
    private final PreparedStatement paragraph;
    private final PreparedStatement articleAuthor;
    private final PreparedStatement photo;
    private final PreparedStatement continuation;
    private final PreparedStatement metadata;
    private final PreparedStatement fullText;
    private long seq;
    private long sectionId;

    ArticleInserter(Connection connection) throws SQLException {
        pages = new PageKeys(connection);
        authors = new RowNumbers<>(connection.prepareStatement("INSERT INTO authors (author_id, name) VALUES (?, ?)"),
                (insert, name) -> insert.setString(2, name));
        article = connection.prepareStatement("""
                INSERT INTO articles (seq, id, kind, page_id, column_label, kicker, title, byline,
                  dateline, dateline_agency, dateline_place, dateline_date,
                  source_path, source_start_line, source_end_line, source_encoding)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        subtitle = connection.prepareStatement("INSERT INTO subtitles (article_seq, position, text) VALUES (?, ?, ?)");
        section = connection.prepareStatement(
                "INSERT INTO sections (section_id, article_seq, position, heading) VALUES (?, ?, ?, ?)");
        paragraph = connection.prepareStatement("INSERT INTO paragraphs (section_id, position, text) VALUES (?, ?, ?)");
        articleAuthor = connection.prepareStatement(
                "INSERT INTO article_authors (article_seq, position, author_id) VALUES (?, ?, ?)");
        photo = connection.prepareStatement("INSERT INTO photos (article_seq, caption, credit) VALUES (?, ?, ?)");
        continuation = connection.prepareStatement(
                "INSERT INTO continuations (article_seq, direction, page, article_id) VALUES (?, ?, ?, ?)");
        metadata = connection.prepareStatement("INSERT INTO metadata (article_seq, key, value) VALUES (?, ?, ?)");
        fullText = connection.prepareStatement("INSERT INTO article_text_content (seq, title, body) VALUES (?, ?, ?)");
    }

    void insert(Article a) throws SQLException {
        long key = ++seq;
        insertArticleRow(key, a);
        insertList(subtitle, key, a.subtitles());
        insertSections(key, a.sections());
        for (int i = 0; i < a.authors().size(); i++) {
            articleAuthor.setLong(1, key);
            articleAuthor.setInt(2, i);
            articleAuthor.setLong(3, authors.numberOf(StoredText.of(a.authors().get(i))));
            articleAuthor.executeUpdate();
        }
        if (a.caption() != null || a.credit() != null) {
            photo.setLong(1, key);
            Columns.setText(photo, 2, a.caption());
            Columns.setText(photo, 3, a.credit());
            photo.executeUpdate();
        }
        insertContinuation(key, Continuation.TO, a);
        insertContinuation(key, Continuation.FROM, a);
        for (Map.Entry<String, String> e : a.metadata().entrySet()) {
            if (!Continuation.isLinkKey(e.getKey())) {
                metadata.setLong(1, key);
                Columns.setText(metadata, 2, e.getKey());
                Columns.setText(metadata, 3, e.getValue());
                metadata.executeUpdate();
            }
        }
        fullText.setLong(1, key);
        Columns.setText(fullText, 2, FullTextColumns.title(a));
        Columns.setText(fullText, 3, FullTextColumns.body(a));
        fullText.executeUpdate();
    }

    private void insertArticleRow(long key, Article a) throws SQLException {
        article.setLong(1, key);
        Columns.setText(article, 2, a.id());
        article.setString(3, a.kind().label());
        Long pageId = pages.pageId(a.edition());
        if (pageId == null) {
            article.setNull(4, java.sql.Types.INTEGER);
        } else {
            article.setLong(4, pageId);
        }
        Columns.setText(article, 5, a.column());
        Columns.setText(article, 6, a.kicker());
        Columns.setText(article, 7, a.title());
        Columns.setText(article, 8, a.byline());
        Dateline d = a.dateline();
        Columns.setText(article, 9, d == null ? null : d.text());
        Columns.setText(article, 10, d == null ? null : d.agency());
        Columns.setText(article, 11, d == null ? null : d.place());
        Columns.setText(article, 12, d == null ? null : d.date());
        Columns.setText(article, 13, a.source().path());
        article.setInt(14, a.source().startLine());
        article.setInt(15, a.source().endLine());
        Columns.setText(article, 16, a.source().encoding());
        article.executeUpdate();
    }

    private void insertSections(long key, List<Section> sections) throws SQLException {
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            long id = ++sectionId;
            section.setLong(1, id);
            section.setLong(2, key);
            section.setInt(3, i);
            Columns.setText(section, 4, s.heading());
            section.executeUpdate();
            insertList(paragraph, id, s.paragraphs());
        }
    }

    /** Rows of (owner, position, text) for an ordered list of strings. */
    private static void insertList(PreparedStatement statement, long owner, List<String> texts) throws SQLException {
        for (int i = 0; i < texts.size(); i++) {
            statement.setLong(1, owner);
            statement.setInt(2, i);
            Columns.setText(statement, 3, texts.get(i));
            statement.executeUpdate();
        }
    }

    private void insertContinuation(long key, Continuation direction, Article a) throws SQLException {
        Integer page = direction.page(a);
        String linked = a.metadata().get(direction.linkKey());
        if (page == null && linked == null) {
            return;
        }
        continuation.setLong(1, key);
        continuation.setString(2, direction.label());
        Columns.setInteger(continuation, 3, page);
        Columns.setText(continuation, 4, linked);
        continuation.executeUpdate();
    }

    /** Statements left open would keep SQLite from compacting the file (VACUUM). */
    @Override
    public void close() throws SQLException {
        for (PreparedStatement s : List.of(article, subtitle, section, paragraph, articleAuthor, photo, continuation,
                metadata, fullText)) {
            s.close();
        }
        pages.close();
        authors.close();
    }
}
