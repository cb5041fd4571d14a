package io.broadsheet.exporter.epub;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * An independent reading of a book, as a reading system does it: the container names the package,
 * the package's spine names the documents in reading order, and each document's body is its text.
 * Uses nothing of the exporter.
 */
final class BookReader {

    /** One spine document: its path in the zip and the parsed XHTML. */
    record Page(String path, Document xhtml) {
    }

    private final Document opf;
    private final List<Page> spine = new ArrayList<>();
    private final Map<String, String> entries = new HashMap<>();
    private final List<String> entryOrder = new ArrayList<>();

    BookReader(Path epub) throws IOException {
        try (ZipFile zip = new ZipFile(epub.toFile(), StandardCharsets.UTF_8)) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                entryOrder.add(entry.getName());
                entries.put(entry.getName(), new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        Document container = xml(entry("META-INF/container.xml"));
        String opfPath = container.selectFirst("rootfile").attr("full-path");
        String base = opfPath.contains("/") ? opfPath.substring(0, opfPath.lastIndexOf('/') + 1) : "";
        opf = xml(entry(opfPath));
        Map<String, String> hrefs = new HashMap<>();
        for (Element item : opf.select("manifest > item")) {
            hrefs.put(item.attr("id"), base + item.attr("href"));
        }
        for (Element itemref : opf.select("spine > itemref")) {
            String path = hrefs.get(itemref.attr("idref"));
            spine.add(new Page(path, xml(entry(path))));
        }
    }

    static Document xml(String text) {
        return Jsoup.parse(text, "", Parser.xmlParser());
    }

    String entry(String path) {
        String text = entries.get(path);
        if (text == null) {
            throw new AssertionError("no zip entry " + path + " (entries: " + entryOrder + ")");
        }
        return text;
    }

    List<String> entryNames() {
        return entryOrder;
    }

    Document opf() {
        return opf;
    }

    List<Page> spine() {
        return spine;
    }

    /**
     * The body text of every spine document in reading order, white space collapsed; the table of
     * contents is skipped (it repeats the titles and is not what a reader reads).
     */
    String text() {
        StringBuilder all = new StringBuilder();
        for (Page page : spine) {
            if (page.xhtml().select("nav").stream().anyMatch(nav -> nav.attr("epub:type").equals("toc"))) {
                continue;
            }
            all.append(normalise(page.xhtml().selectFirst("body").wholeText())).append(' ');
        }
        return all.toString();
    }

    /** Runs of XML white space made one space, ends trimmed. */
    static String normalise(String s) {
        return s.replaceAll("[ \\t\\n\\r\\f]+", " ").strip();
    }

    /** What an XML 1.0 document can carry of {@code s}, white space normalised: the text a reader must find. */
    static String readable(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().filter(BookReader::xmlChar).forEach(out::appendCodePoint);
        return normalise(out.toString());
    }

    private static boolean xmlChar(int cp) {
        boolean control = (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || (cp >= 0x7F && cp <= 0x9F);
        boolean surrogate = cp >= 0xD800 && cp <= 0xDFFF;
        boolean nonCharacter = (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
        return !control && !surrogate && !nonCharacter;
    }
}
