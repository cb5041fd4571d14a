package io.broadsheet.exporter.sqlite.internal;

import io.broadsheet.core.model.Edition;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Gives each edition of the model its row in {@code pages}, and that page its edition and publication.
 * NULL parts are compared as values here, which SQLite's UNIQUE would not do.
 */
final class PageKeys implements AutoCloseable {

    private record EditionKey(Long publicationId, String date) {
    }

    private record PageKey(long editionId, Integer number) {
    }

    private final RowNumbers<String> publications;
    private final RowNumbers<EditionKey> editions;
    private final RowNumbers<PageKey> pages;

    PageKeys(Connection connection) throws SQLException {
        publications = new RowNumbers<>(
                connection.prepareStatement("INSERT INTO publications (publication_id, name) VALUES (?, ?)"),
                (insert, name) -> insert.setString(2, name));
        editions = new RowNumbers<>(
                connection.prepareStatement("INSERT INTO editions (edition_id, publication_id, date) VALUES (?, ?, ?)"),
                (insert, key) -> {
                    if (key.publicationId() == null) {
                        insert.setNull(2, Types.INTEGER);
                    } else {
                        insert.setLong(2, key.publicationId());
                    }
                    insert.setString(3, key.date());
                });
        pages = new RowNumbers<>(
                connection.prepareStatement("INSERT INTO pages (page_id, edition_id, number) VALUES (?, ?, ?)"),
                (insert, key) -> {
                    insert.setLong(2, key.editionId());
                    Columns.setInteger(insert, 3, key.number());
                });
    }

    /** The page row of {@code edition}, or {@code null} for an article that knows nothing of its edition. */
    Long pageId(Edition edition) throws SQLException {
        if (edition.isUnknown()) {
            return null;
        }
        Long publicationId = edition.publication() == null
                ? null
                : publications.numberOf(StoredText.of(edition.publication()));
        long editionId = editions.numberOf(new EditionKey(publicationId, StoredText.of(edition.date())));
        return pages.numberOf(new PageKey(editionId, edition.page()));
    }

    @Override
    public void close() throws SQLException {
        publications.close();
        editions.close();
        pages.close();
    }
}
