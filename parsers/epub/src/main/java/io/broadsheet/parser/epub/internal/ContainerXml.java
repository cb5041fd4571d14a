package io.broadsheet.parser.epub.internal;

import io.broadsheet.core.error.InputException;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** {@code META-INF/container.xml}: where the package document (OPF) is. */
final class ContainerXml {

    static final String ENTRY = "META-INF/container.xml";

    private ContainerXml() {
    }

    /** The full path of the first rootfile that is a package document (or of the first rootfile). */
    static String packagePath(byte[] xml, String book) {
        String first = null;
        try {
            XMLStreamReader r = SafeXml.reader(xml);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("rootfile")) {
                    String path = r.getAttributeValue(null, "full-path");
                    String type = r.getAttributeValue(null, "media-type");
                    if (path != null && "application/oebps-package+xml".equals(type)) {
                        return path;
                    }
                    first = first == null ? path : first;
                }
            }
        } catch (XMLStreamException e) {
            throw SafeXml.error(book, ENTRY, e);
        }
        if (first == null) {
            throw new InputException(book, 0, "entry '" + ENTRY + "' names no rootfile (package document)");
        }
        return first;
    }
}
