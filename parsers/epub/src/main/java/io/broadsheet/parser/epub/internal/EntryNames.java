package io.broadsheet.parser.epub.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Zip entry names and the hrefs that point at them. An entry name that is absolute or climbs with ".."
 * could write outside a folder if the book were ever unpacked: such a book is refused whole. An href
 * is resolved against its document's folder and must stay inside the book.
 */
final class EntryNames {

    private EntryNames() {
    }

    /** Whether {@code name} is a relative path with no "..": the only kind of entry a book may have. */
    static boolean isSafe(String name) {
        String n = name.replace('\\', '/');
        if (n.isEmpty() || n.startsWith("/") || n.matches("^[A-Za-z]:.*") || n.indexOf('\0') >= 0) {
            return false;
        }
        for (String segment : n.split("/")) {
            if (segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** The folder of an entry, with a trailing '/', or "" at the root. */
    static String folder(String entry) {
        int slash = entry.lastIndexOf('/');
        return slash < 0 ? "" : entry.substring(0, slash + 1);
    }

    /**
     * The entry an href points at from {@code folder}: percent-decoded, without fragment or query, with
     * "." and ".." resolved. Null for absolute, external or escaping hrefs.
     */
    static String resolve(String folder, String href) {
        String path;
        try {
            URI uri = new URI(href.strip());
            if (uri.isAbsolute() || uri.getRawAuthority() != null || uri.getPath() == null) {
                return null;
            }
            path = uri.getPath();
        } catch (URISyntaxException e) {
            int cut = href.indexOf('#');
            path = cut < 0 ? href.strip() : href.substring(0, cut).strip();
        }
        if (path.isEmpty() || path.startsWith("/")) {
            return null;
        }
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : (folder + path).split("/")) {
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    return null;
                }
                segments.removeLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        return String.join("/", segments);
    }
}
