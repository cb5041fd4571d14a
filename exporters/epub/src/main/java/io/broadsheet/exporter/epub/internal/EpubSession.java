package io.broadsheet.exporter.epub.internal;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.spi.ExportSession;
import io.broadsheet.exporter.epub.EpubExporterOptions;
import io.broadsheet.exporter.epub.internal.TocTree.Node;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * One book being written. The zip is filled in this order: {@code mimetype}, the container, the
 * stylesheet, the articles as they arrive, and at the end what needs all of them: the title page,
 * the navigation document, the NCX and the package document.
 */
public final class EpubSession implements ExportSession {

    private static final String PACKAGE_FOLDER = "EPUB/";
    private static final String CONTAINER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
              <rootfiles>
                <rootfile full-path="EPUB/content.opf" media-type="application/oebps-package+xml"/>
              </rootfiles>
            </container>
            """;

    private final EpubExporterOptions options;
    private final EpubZip zip;
    private final ContentWriter content;
    private final BookFacts facts = new BookFacts();
    private boolean finished;

    /** Starts a book on {@code out}, which the session owns and closes. */
    public EpubSession(EpubExporterOptions options, OutputStream out) throws IOException {
        this.options = options;
        this.zip = new EpubZip(out);
        zip.write("META-INF/container.xml", CONTAINER);
        zip.write(PACKAGE_FOLDER + Stylesheet.PATH, Stylesheet.css(options));
        this.content = new ContentWriter(options, zip, PACKAGE_FOLDER);
    }

    @Override
    public void accept(Article article) throws IOException {
        if (finished) {
            throw new IllegalStateException("the book is already finished");
        }
        facts.add(article);
        content.accept(article);
    }

    @Override
    public void finish() throws IOException {
        if (finished) {
            throw new IllegalStateException("the book is already finished");
        }
        finished = true;
        content.finish();
        String identifier = facts.identifier();
        String title = options.title() != null ? options.title() : facts.derivedTitle();
        List<Node> toc = new ArrayList<>();
        toc.add(new Node(TitlePage.LABEL, TitlePage.PATH, List.of()));
        toc.addAll(TocTree.build(content.toc()));
        String bodyHref = content.documentIds().isEmpty()
                ? null : ContentWriter.FOLDER + content.documentIds().get(0) + ".xhtml";
        String language = options.language();
        zip.write(PACKAGE_FOLDER + TitlePage.PATH,
                TitlePage.write(language, title, facts, options.publisher(), content.articleCount()));
        zip.write(PACKAGE_FOLDER + NavDocument.PATH, NavDocument.write(language, toc, bodyHref, options.navLabelLength()));
        zip.write(PACKAGE_FOLDER + NcxDocument.PATH,
                NcxDocument.write(language, identifier, title, toc, options.navLabelLength()));
        zip.write(PACKAGE_FOLDER + PackageDocument.PATH,
                PackageDocument.write(options, identifier, title, facts, content.documentIds()));
        zip.close();
    }

    /** Closes the zip; after a failure the incomplete book is left for the runtime to discard. */
    @Override
    public void close() throws IOException {
        zip.close();
    }
}
