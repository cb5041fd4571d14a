package io.broadsheet.examples.atom.internal;

import java.io.IOException;
import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin layer over the JDK's {@link XMLStreamWriter}: every text and attribute value goes through
 * {@link XmlChars#clean}, so no call site can forget it, and StAX's checked exception becomes the
 * {@link IOException} the SPI speaks.
 */
final class Xml {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String XHTML = "http://www.w3.org/1999/xhtml";

    private final XMLStreamWriter writer;

    private Xml(XMLStreamWriter writer) {
        this.writer = writer;
    }

    static Xml over(Writer out) throws IOException {
        try {
            // The JDK's own implementation, not whatever StAX provider the class path offers: output bytes
            // must not depend on which other jars are present. A factory per writer: factories are not
            // specified to be thread-safe, and an exporter is shared by concurrent sessions.
            return new Xml(XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out));
        } catch (XMLStreamException e) {
            throw new IOException("cannot start an XML writer: " + e.getMessage(), e);
        }
    }

    Xml declaration() throws IOException {
        return run(() -> writer.writeStartDocument("UTF-8", "1.0"));
    }

    Xml start(String name) throws IOException {
        return run(() -> writer.writeStartElement(name));
    }

    /** Declares {@code uri} as the default namespace of the element just started. */
    Xml defaultNamespace(String uri) throws IOException {
        return run(() -> writer.writeDefaultNamespace(uri));
    }

    /** {@code <name/>}; attributes may follow, but no content. */
    Xml empty(String name) throws IOException {
        return run(() -> writer.writeEmptyElement(name));
    }

    Xml attribute(String name, String value) throws IOException {
        return run(() -> writer.writeAttribute(name, XmlChars.clean(value)));
    }

    Xml xmlLang(String value) throws IOException {
        return run(() -> writer.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", XmlChars.clean(value)));
    }

    Xml text(String value) throws IOException {
        return run(() -> writer.writeCharacters(XmlChars.clean(value)));
    }

    Xml end() throws IOException {
        return run(writer::writeEndElement);
    }

    /** {@code <name>text</name>}. */
    Xml element(String name, String text) throws IOException {
        return start(name).text(text).end();
    }

    /** A line break and two spaces per level: readable output, and white space Atom ignores between elements. */
    Xml newline(int depth) throws IOException {
        return run(() -> writer.writeCharacters("\n" + "  ".repeat(depth)));
    }

    Xml endDocument() throws IOException {
        return run(writer::writeEndDocument);
    }

    /** Pushes what the writer buffered to the underlying {@link Writer} (which stays open). */
    void flush() throws IOException {
        run(writer::flush);
    }

    void close() throws IOException {
        run(writer::close);
    }

    private interface Step {
        void run() throws XMLStreamException;
    }

    private Xml run(Step step) throws IOException {
        try {
            step.run();
            return this;
        } catch (XMLStreamException e) {
            throw new IOException("writing XML: " + e.getMessage(), e);
        }
    }
}
