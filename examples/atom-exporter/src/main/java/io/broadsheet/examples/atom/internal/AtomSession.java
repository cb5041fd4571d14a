package io.broadsheet.examples.atom.internal;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.ArticleKind;
import io.broadsheet.core.spi.ExportSession;
import io.broadsheet.core.spi.OutputTarget;
import io.broadsheet.examples.atom.AtomExporterOptions;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * One feed. RFC 4287 (4.1.1) puts the feed's metadata before its entries, yet the feed's atom:updated
 * (the latest entry's), its default title (the publications) and whether it needs an author are known
 * only after the last entry. Instead of holding articles in memory, each entry is written as it arrives
 * to a spool file in the system temporary folder; {@link #finish()} writes the feed's metadata to the
 * output, copies the spooled entries after it and closes the feed. Memory stays constant: what is kept
 * in memory is only {@link FeedFacts}. The spool is deleted on {@link #close()}, after success or failure.
 */
public final class AtomSession implements ExportSession {

    private final AtomExporterOptions options;
    private final Instant fallback;
    private final OutputStream out;
    private final Path spool;
    private final Writer spoolWriter;
    private final Xml entries;
    private final EntryWriter entryWriter;
    private final FeedFacts facts = new FeedFacts();

    private AtomSession(AtomExporterOptions options, OutputStream out, Path spool) throws IOException {
        this.options = options;
        this.fallback = Instant.parse(options.defaultUpdated());
        this.out = out;
        this.spool = spool;
        this.spoolWriter = Files.newBufferedWriter(spool, StandardCharsets.UTF_8);
        this.entries = Xml.over(spoolWriter);
        this.entryWriter = new EntryWriter(options);
    }

    public static AtomSession open(AtomExporterOptions options, OutputTarget target) throws IOException {
        OutputStream out = target.create(target.name());
        Path spool = null;
        try {
            spool = Files.createTempFile("broadsheet-atom-", ".entries.xml");
            return new AtomSession(options, out, spool);
        } catch (IOException | RuntimeException e) {
            out.close();
            if (spool != null) {
                Files.deleteIfExists(spool);
            }
            throw e;
        }
    }

    @Override
    public void accept(Article article) throws IOException {
        facts.saw(article);
        if (!included(article.kind())) {
            return;
        }
        Instant updated = AtomDates.of(article.edition(), fallback);
        boolean ownAuthor = entryWriter.write(entries, article, updated);
        facts.entry(updated, ownAuthor);
    }

    private boolean included(ArticleKind kind) {
        return kind == ArticleKind.ARTICLE || (kind == ArticleKind.PHOTO && options.includePhotos());
    }

    @Override
    public void finish() throws IOException {
        entries.flush();
        spoolWriter.close();
        Writer feedWriter = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        Xml feed = Xml.over(feedWriter);
        feed.declaration().newline(0).start("feed").defaultNamespace(Xml.ATOM);
        if (options.language() != null) {
            feed.xmlLang(options.language());
        }
        FeedHead.write(feed, options, facts, fallback);
        // The StAX writer is flushed before the raw copy and carries on after it: it still has <feed>
        // open, so it closes the feed as if it had written the entries itself.
        feed.flush();
        try (Reader spooled = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
            spooled.transferTo(feedWriter);
        }
        feed.newline(0).end().endDocument();
        feed.flush();
        feedWriter.write('\n');
        feedWriter.close();
    }

    @Override
    public void close() throws IOException {
        // Each is released even when the one before fails; closing twice (after finish) is harmless.
        try {
            spoolWriter.close();
        } finally {
            try {
                out.close();
            } finally {
                Files.deleteIfExists(spool);
            }
        }
    }
}
