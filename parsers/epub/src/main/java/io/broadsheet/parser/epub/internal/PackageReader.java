package io.broadsheet.parser.epub.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads a package document (EPUB 2 or 3) with {@link SafeXml}, by local names, so prefixes do not matter. */
final class PackageReader {

    private static final String DC = "http://purl.org/dc/elements/1.1/";

    private PackageReader() {
    }

    static PackageDocument read(byte[] xml, String book, String entry) {
        String folder = EntryNames.folder(entry);
        Map<String, String> dc = new HashMap<>();
        List<String> creators = new ArrayList<>();
        Map<String, PackageDocument.Item> manifest = new LinkedHashMap<>();
        List<PackageDocument.SpineRef> spine = new ArrayList<>();
        Map<String, String> guide = new HashMap<>();
        try {
            XMLStreamReader r = SafeXml.reader(xml);
            while (r.hasNext()) {
                if (r.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = r.getLocalName();
                if (DC.equals(r.getNamespaceURI())) {
                    String text = r.getElementText().strip();
                    if (name.equals("creator")) {
                        creators.add(text);
                    } else {
                        dc.putIfAbsent(name, text);
                    }
                } else if (name.equals("item")) {
                    String id = r.getAttributeValue(null, "id");
                    String href = r.getAttributeValue(null, "href");
                    if (id != null && href != null) {
                        manifest.put(id, new PackageDocument.Item(id, EntryNames.resolve(folder, href),
                                r.getAttributeValue(null, "media-type"), r.getAttributeValue(null, "properties")));
                    }
                } else if (name.equals("itemref")) {
                    String idref = r.getAttributeValue(null, "idref");
                    if (idref != null) {
                        spine.add(new PackageDocument.SpineRef(idref, !"no".equals(r.getAttributeValue(null, "linear"))));
                    }
                } else if (name.equals("reference")) {
                    String href = r.getAttributeValue(null, "href");
                    String type = r.getAttributeValue(null, "type");
                    String target = href == null ? null : EntryNames.resolve(folder, href);
                    if (target != null && type != null) {
                        guide.put(target, type);
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw SafeXml.error(book, entry, e);
        }
        BookMetadata metadata = new BookMetadata(dc.get("title"), dc.get("language"), creators, dc.get("publisher"),
                dc.get("date"));
        return new PackageDocument(metadata, manifest, spine, guide);
    }
}
