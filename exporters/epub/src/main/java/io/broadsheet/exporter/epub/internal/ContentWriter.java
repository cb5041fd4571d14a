package io.broadsheet.exporter.epub.internal;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.Edition;
import io.broadsheet.exporter.epub.EpubExporterOptions;
import io.broadsheet.exporter.epub.EpubExporterOptions.Split;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * Streams articles into content documents: one per article, page or edition as the options say. A
 * document is written to the zip as soon as it is complete and its jump links are settled; only the
 * table-of-contents entries and the document ids stay in memory for the end of the book.
 */
final class ContentWriter {

    static final String FOLDER = "text/";

    private final EpubExporterOptions options;
    private final EpubZip zip;
    private final String zipFolder;
    private final Jumps jumps = new Jumps();
    private final List<String> documentIds = new ArrayList<>();
    private final List<Edition> documentEditions = new ArrayList<>();
    private final List<TocEntry> toc = new ArrayList<>();
    private final List<ContentDocument> waiting = new ArrayList<>();
    private ContentDocument current;
    private List<Object> currentKey;
    private int articlesInCurrent;
    private int articleCount;

    ContentWriter(EpubExporterOptions options, EpubZip zip, String packageFolder) {
        this.options = options;
        this.zip = zip;
        this.zipFolder = packageFolder + FOLDER;
    }

    void accept(Article a) throws IOException {
        List<Object> key = documentKey(a.edition());
        if (current != null && !key.equals(currentKey)) {
            closeCurrent();
        }
        jumps.enterEdition(a.edition());
        boolean opening = current == null;
        if (opening) {
            current = new ContentDocument(prefix() + String.format("%05d", documentIds.size() + 1));
            currentKey = key;
            articlesInCurrent = 0;
            documentIds.add(current.id());
            documentEditions.add(a.edition());
        }
        String anchor = "art-" + String.format("%05d", ++articleCount);
        Jumps.Back from = jumps.backward(a, current, anchor);
        String label = Labels.article(a, from.continues());
        String to = jumps.forward(a, current, anchor, label);
        if (opening) {
            writeHead(a, label);
        }
        ArticleMarkup.render(current.markup(), a, anchor, from.note(), to);
        // The first article of a document is the document itself: link to the file, like the page groups.
        String href = FOLDER + current.fileName() + (articlesInCurrent++ == 0 ? "" : "#" + anchor);
        toc.add(new TocEntry(href, label, a.edition()));
        if (options.split() == Split.ARTICLE) {
            closeCurrent();
        }
        writeSettled();
    }

    /** Closes the last document and writes every document still waiting for a jump link. */
    void finish() throws IOException {
        if (current != null) {
            closeCurrent();
        }
        jumps.abandonAll();
        writeSettled();
        if (!waiting.isEmpty()) {
            throw new IllegalStateException("documents left unwritten: " + waiting.size());
        }
    }

    /** Content document ids in reading order (the archive's, or {@link ReadingOrder} with {@code order: edition}). */
    List<String> documentIds() {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < documentIds.size(); i++) {
            indexes.add(i);
        }
        List<Integer> ordered = options.order() == EpubExporterOptions.Order.EDITION
                ? ReadingOrder.of(indexes, documentEditions::get) : indexes;
        return ordered.stream().map(documentIds::get).toList();
    }

    /** The table of contents' entries in reading order, as the documents. */
    List<TocEntry> toc() {
        return options.order() == EpubExporterOptions.Order.EDITION ? ReadingOrder.of(toc, TocEntry::edition) : toc;
    }

    int articleCount() {
        return articleCount;
    }

    private List<Object> documentKey(Edition e) {
        return switch (options.split()) {
            case ARTICLE -> List.of(); // never compared: each article's document is closed at once
            case PAGE -> Arrays.asList(e.publication(), e.date(), e.page());
            case EDITION -> Arrays.asList(e.publication(), e.date());
        };
    }

    private String prefix() {
        return switch (options.split()) {
            case ARTICLE -> "a";
            case PAGE -> "p";
            case EDITION -> "e";
        };
    }

    /** The head of a new document, named after its first article ({@code label}) when it has no better name. */
    private void writeHead(Article first, String label) {
        String title = switch (options.split()) {
            case ARTICLE -> label;
            case PAGE -> Labels.page(first.edition(), label);
            case EDITION -> Objects.requireNonNullElse(Labels.edition(first.edition()), label);
        };
        XhtmlPage.begin(current.markup(), SourceBook.language(first, options.language()), title, "../" + Stylesheet.PATH,
                switch (options.split()) {
                    case ARTICLE -> ArticleMeta.of(first);
                    case PAGE -> ArticleMeta.ofEdition(first.edition(), true);
                    case EDITION -> ArticleMeta.ofEdition(first.edition(), false);
                }, "bodymatter");
    }

    private void closeCurrent() {
        XhtmlPage.end(current.markup());
        waiting.add(current);
        current = null;
        currentKey = null;
    }

    /** Writes, in order, every finished document whose jump links are all settled. */
    private void writeSettled() throws IOException {
        for (Iterator<ContentDocument> it = waiting.iterator(); it.hasNext(); ) {
            ContentDocument doc = it.next();
            if (doc.isSettled(jumps)) {
                zip.write(zipFolder + doc.fileName(), doc.render(jumps));
                it.remove();
            }
        }
    }
}
