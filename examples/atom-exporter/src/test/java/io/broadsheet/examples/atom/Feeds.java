package io.broadsheet.examples.atom;

import io.broadsheet.core.model.Article;
import io.broadsheet.testkit.ExportRun;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Writes feeds the way the runtime does and reads them back with the JDK's namespace-aware parser. */
final class Feeds {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String XHTML = "http://www.w3.org/1999/xhtml";

    private Feeds() {
    }

    static AtomExporterOptions defaults() {
        return new AtomExporter().defaultOptions();
    }

    /** The bytes of {@code feed.atom} (the only file written) for {@code articles}. */
    static byte[] bytes(List<Article> articles, AtomExporterOptions options, Path dir) throws Exception {
        Map<String, byte[]> files = ExportRun.export(new AtomExporter(), options, articles, dir);
        if (!files.keySet().equals(java.util.Set.of("feed.atom"))) {
            throw new AssertionError("expected only feed.atom, got " + files.keySet());
        }
        return files.get("feed.atom");
    }

    static Element feed(List<Article> articles, AtomExporterOptions options, Path dir) throws Exception {
        return parse(bytes(articles, options, dir));
    }

    /** Parses strictly: any byte that is not well-formed XML 1.0 is an exception here. */
    static Element parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        Document doc = builder.parse(new ByteArrayInputStream(xml));
        return doc.getDocumentElement();
    }

    /** Child elements of {@code parent} in the Atom namespace named {@code name}, in order. */
    static List<Element> children(Element parent, String name) {
        return children(parent, ATOM, name);
    }

    static List<Element> children(Element parent, String namespace, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && namespace.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    /** Every child element, whatever its namespace. */
    static List<Element> elements(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    /** The text of the only child {@code name}; fails when there is none or more than one. */
    static String only(Element parent, String name) {
        List<Element> found = children(parent, name);
        if (found.size() != 1) {
            throw new AssertionError("expected exactly one atom:" + name + " in " + parent.getLocalName() + ", found " + found.size());
        }
        return found.get(0).getTextContent();
    }

    static List<Element> entries(Element feed) {
        return children(feed, "entry");
    }
}
