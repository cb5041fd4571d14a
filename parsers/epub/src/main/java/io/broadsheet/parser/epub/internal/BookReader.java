package io.broadsheet.parser.epub.internal;

import io.broadsheet.core.error.InputException;
import io.broadsheet.core.model.Article;
import io.broadsheet.core.spi.ArticleSink;
import io.broadsheet.parser.epub.EpubParserOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Reads one book: container, package document, then the spine in order, one document at a time. A
 * book is ours when a spine document carries {@code broadsheet:*} meta; in our books every other
 * document (title page, navigation) is skipped, in other books {@link SkipRules} decide.
 */
final class BookReader {

    /** Our documents carry broadsheet:* meta in the head, well within a document's first bytes. */
    private static final int HEAD_BYTES = 8 * 1024;
    private static final byte[] OWN_MARK = "\"broadsheet:".getBytes(StandardCharsets.US_ASCII);

    private final EpubArchive archive;
    private final String path;
    private final EpubParserOptions options;
    private final ArticleSink sink;

    BookReader(EpubArchive archive, String path, EpubParserOptions options, ArticleSink sink) {
        this.archive = archive;
        this.path = path;
        this.options = options;
        this.sink = sink;
    }

    void read() throws IOException {
        checkMimetype();
        if (!archive.has(ContainerXml.ENTRY)) {
            throw new InputException(path, 0, "not an EPUB: no " + ContainerXml.ENTRY);
        }
        String opf = ContainerXml.packagePath(archive.read(ContainerXml.ENTRY), path);
        if (!EntryNames.isSafe(opf) || !archive.has(opf)) {
            throw new InputException(path, 0, "the package document '" + opf + "' named by " + ContainerXml.ENTRY
                    + " is missing");
        }
        PackageDocument pkg = PackageReader.read(archive.read(opf), path, opf);
        BookContext book = new BookContext(path, pkg.metadata(), sink, options.maxNesting());
        List<PackageDocument.Item> documents = documents(pkg, book);
        boolean ownBook = documents.stream().anyMatch(this::isOwn);
        for (PackageDocument.Item item : documents) {
            if (!ownBook && SkipRules.skipByPackage(item, pkg)) {
                continue;
            }
            Document html = Jsoup.parse(new ByteArrayInputStream(archive.read(item.entry())), null, "", Parser.xmlParser());
            List<Article> articles;
            if (OwnMeta.isOwn(html)) {
                articles = OwnDocument.read(html, item.entry(), book);
            } else if (ownBook || SkipRules.skipByContent(html)) {
                continue;
            } else {
                articles = GenericDocument.read(html, item.entry(), options.split(), book);
            }
            for (Article article : articles) {
                sink.accept(article);
            }
        }
    }

    /** The spine's XHTML documents, in order; a reference the book cannot resolve is warned about. */
    private List<PackageDocument.Item> documents(PackageDocument pkg, BookContext book) {
        List<PackageDocument.Item> out = new ArrayList<>();
        for (PackageDocument.SpineRef ref : pkg.spine()) {
            PackageDocument.Item item = pkg.manifest().get(ref.idref());
            if (item == null) {
                book.warn("spine", "itemref '" + ref.idref() + "' is not in the manifest; skipped");
            } else if (item.entry() == null || !archive.has(item.entry())) {
                book.warn(item.entry() == null ? item.id() : item.entry(), "spine document is missing from the book; skipped");
            } else if (item.isXhtml()) {
                out.add(item);
            }
        }
        if (pkg.spine().isEmpty()) {
            book.warn("package", "the spine is empty: nothing to read");
        }
        return out;
    }

    private boolean isOwn(PackageDocument.Item item) {
        byte[] head = archive.read(item.entry(), HEAD_BYTES);
        outer:
        for (int i = 0; i + OWN_MARK.length <= head.length; i++) {
            for (int k = 0; k < OWN_MARK.length; k++) {
                if (head[i + k] != OWN_MARK[k]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private void checkMimetype() {
        if (!archive.has("mimetype")) {
            sink.warn(path, 0, "no 'mimetype' entry: reading it as an EPUB anyway");
            return;
        }
        String type = new String(archive.read("mimetype", 256), StandardCharsets.US_ASCII).strip();
        if (!type.equals("application/epub+zip")) {
            sink.warn(path, 0, "'mimetype' says '" + type + "', not application/epub+zip: reading it as an EPUB anyway");
        }
    }
}
