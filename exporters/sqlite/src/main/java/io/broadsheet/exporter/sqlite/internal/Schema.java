package io.broadsheet.exporter.sqlite.internal;

import java.util.List;

/**
 * The database's tables, in creation order. The module README documents every column; the sqlite
 * parser reads exactly this layout and checks {@link #VERSION} and {@link #APPLICATION_ID} first.
 */
public final class Schema {

    /** {@code PRAGMA user_version}: raised whenever a table or column changes meaning. */
    public static final int VERSION = 1;

    /** {@code PRAGMA application_id}: "BSHT", so a reader can tell this layout from any other SQLite file. */
    public static final int APPLICATION_ID = 0x42534854;

    static final List<String> TABLES = List.of(
            """
            CREATE TABLE publications (
              publication_id INTEGER PRIMARY KEY,
              name TEXT NOT NULL UNIQUE)""",
            """
            CREATE TABLE editions (
              edition_id INTEGER PRIMARY KEY,
              publication_id INTEGER REFERENCES publications,
              date TEXT)""",
            """
            CREATE TABLE pages (
              page_id INTEGER PRIMARY KEY,
              edition_id INTEGER NOT NULL REFERENCES editions,
              number INTEGER)""",
            """
            CREATE TABLE articles (
              seq INTEGER PRIMARY KEY,
              id TEXT NOT NULL,
              kind TEXT NOT NULL CHECK (kind IN ('article', 'photo', 'fragment')),
              page_id INTEGER REFERENCES pages,
              column_label TEXT,
              kicker TEXT,
              title TEXT,
              byline TEXT,
              dateline TEXT,
              dateline_agency TEXT,
              dateline_place TEXT,
              dateline_date TEXT,
              source_path TEXT NOT NULL,
              source_start_line INTEGER NOT NULL,
              source_end_line INTEGER NOT NULL,
              source_encoding TEXT)""",
            "CREATE INDEX articles_by_id ON articles (id)",
            "CREATE INDEX articles_by_page ON articles (page_id)",
            """
            CREATE TABLE subtitles (
              article_seq INTEGER NOT NULL REFERENCES articles,
              position INTEGER NOT NULL,
              text TEXT NOT NULL,
              PRIMARY KEY (article_seq, position))""",
            """
            CREATE TABLE sections (
              section_id INTEGER PRIMARY KEY,
              article_seq INTEGER NOT NULL REFERENCES articles,
              position INTEGER NOT NULL,
              heading TEXT,
              UNIQUE (article_seq, position))""",
            """
            CREATE TABLE paragraphs (
              section_id INTEGER NOT NULL REFERENCES sections,
              position INTEGER NOT NULL,
              text TEXT NOT NULL,
              PRIMARY KEY (section_id, position))""",
            """
            CREATE TABLE authors (
              author_id INTEGER PRIMARY KEY,
              name TEXT NOT NULL UNIQUE)""",
            """
            CREATE TABLE article_authors (
              article_seq INTEGER NOT NULL REFERENCES articles,
              position INTEGER NOT NULL,
              author_id INTEGER NOT NULL REFERENCES authors,
              PRIMARY KEY (article_seq, position))""",
            "CREATE INDEX article_authors_by_author ON article_authors (author_id)",
            """
            CREATE TABLE photos (
              article_seq INTEGER PRIMARY KEY REFERENCES articles,
              caption TEXT,
              credit TEXT)""",
            """
            CREATE TABLE continuations (
              article_seq INTEGER NOT NULL REFERENCES articles,
              direction TEXT NOT NULL CHECK (direction IN ('to', 'from')),
              page INTEGER,
              article_id TEXT,
              PRIMARY KEY (article_seq, direction),
              CHECK (page IS NOT NULL OR article_id IS NOT NULL))""",
            """
            CREATE TABLE metadata (
              article_seq INTEGER NOT NULL REFERENCES articles,
              key TEXT NOT NULL,
              value TEXT NOT NULL,
              PRIMARY KEY (article_seq, key))""",
            """
            CREATE TABLE article_text_content (
              seq INTEGER PRIMARY KEY REFERENCES articles,
              title TEXT NOT NULL,
              body TEXT NOT NULL)""",
            // External content: the text is stored once, in the table above, and indexed at the end.
            """
            CREATE VIRTUAL TABLE article_text USING fts5(title, body,
              content = 'article_text_content', content_rowid = 'seq', tokenize = 'trigram')""");

    private Schema() {
    }
}
