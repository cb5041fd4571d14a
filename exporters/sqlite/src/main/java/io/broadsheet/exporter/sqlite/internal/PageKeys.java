package io.broadsheet.exporter.sqlite.internal;

import io.broadsheet.core.model.Edition;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Gives each edition of the model its row in {@code pages} (and that page its edition and publication),
 * creating rows the first time a key is seen. Keys are kept in memory: one entry per page of the archive.
 * NULL parts are compared as values here, which SQLite's UNIQUE would not do.
 */
final class PageKeys implements AutoCloseable {

    private record EditionKey(Long publicationId, String date) {
    }

    private record PageKey(long editionId, Integer number) {
    }

    private final Map<String, Long> publications = new HashMap<>();
    private final Map<EditionKey, Long> editions = new HashMap<>();
    private final Map<PageKey, Long> pages = new HashMap<>();
    private final PreparedStatement insertPublication;
    private final PreparedStatement insertEdition;
    private final PreparedStatement insertPage;

    PageKeys(Connection connection) throws SQLException {
        insertPublication = connection.prepareStatement("INSERT INTO publications (publication_id, name) VALUES (?, ?)");
        insertEdition = connection.prepareStatement("INSERT INTO editions (edition_id, publication_id, date) VALUES (?, ?, ?)");
        insertPage = connection.prepareStatement("INSERT INTO pages (page_id, edition_id, number) VALUES (?, ?, ?)");
    }

    /** The page row of {@code edition}, or {@code null} for an article that knows nothing of its edition. */
    Long pageId(Edition edition) throws SQLException {
        if (edition.isUnknown()) {
            return null;
        }
        Long publicationId = edition.publication() == null ? null : publicationId(StoredText.of(edition.publication()));
        long editionId = editionId(new EditionKey(publicationId, StoredText.of(edition.date())));
        PageKey key = new PageKey(editionId, edition.page());
        Long id = pages.get(key);
        if (id == null) {
            id = (long) pages.size() + 1;
            insertPage.setLong(1, id);
            insertPage.setLong(2, editionId);
            Columns.setInteger(insertPage, 3, edition.page());
            insertPage.executeUpdate();
            pages.put(key, id);
        }
        return id;
    }

    private long publicationId(String name) throws SQLException {
        Long id = publications.get(name);
        if (id == null) {
            id = (long) publications.size() + 1;
            insertPublication.setLong(1, id);
            insertPublication.setString(2, name);
            insertPublication.executeUpdate();
            publications.put(name, id);
        }
        return id;
    }

    private long editionId(EditionKey key) throws SQLException {
        Long id = editions.get(key);
        if (id == null) {
            id = (long) editions.size() + 1;
            insertEdition.setLong(1, id);
            if (key.publicationId() == null) {
                insertEdition.setNull(2, Types.INTEGER);
            } else {
                insertEdition.setLong(2, key.publicationId());
            }
            insertEdition.setString(3, key.date());
            insertEdition.executeUpdate();
            editions.put(key, id);
        }
        return Objects.requireNonNull(id);
    }

    @Override
    public void close() throws SQLException {
        insertPublication.close();
        insertEdition.close();
        insertPage.close();
    }
}
