package io.broadsheet.parser.epub.internal;

import io.broadsheet.core.error.InputException;
import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A StAX reader for the container and package documents that supports no DTD: a DOCTYPE is passed
 * over, but no entity it declares is ever expanded ("billion laughs") or fetched (external entities),
 * and a reference to one is an error. The JDK's own implementation is asked for by name, so a StAX
 * library on the class path cannot change this.
 */
final class SafeXml {

    private SafeXml() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external resource '" + systemId + "' refused");
        });
        return f;
    }

    static XMLStreamReader reader(byte[] xml) throws XMLStreamException {
        // A factory per document: StAX factories are not specified to be thread-safe, and sessions may run in parallel.
        return factory().createXMLStreamReader(new ByteArrayInputStream(xml));
    }

    /** The error for a document that cannot be read safely, naming the book and the entry. */
    static InputException error(String book, String entry, XMLStreamException e) {
        String message = e.getMessage() == null ? "unreadable XML" : e.getMessage().replaceAll("\\s+", " ").strip();
        return new InputException(book, 0, "entry '" + entry + "' is not safe, well-formed XML (DTD entities are"
                + " never expanded or fetched): " + message, e);
    }
}
