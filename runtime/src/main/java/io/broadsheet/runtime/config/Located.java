package io.broadsheet.runtime.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A configuration tree and where each of its nodes was written: a JSON pointer ("/outputs/0/split")
 * maps to "file.yaml:12" or "--set". Errors quote these places.
 */
public record Located(JsonNode tree, Map<String, String> places, String origin) {

    /** The place of the node at {@code pointer}, else of its closest written parent, else the origin. */
    public String placeOf(String pointer) {
        String p = pointer;
        while (true) {
            String place = places.get(p);
            if (place != null) {
                return place;
            }
            int slash = p.lastIndexOf('/');
            if (slash < 0) {
                return origin;
            }
            p = p.substring(0, slash);
        }
    }

    public static String child(String pointer, String key) {
        return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    public static String child(String pointer, int index) {
        return pointer + "/" + index;
    }
}
