package io.broadsheet.exporter.epub.internal;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.Edition;
import io.broadsheet.core.text.JumpNotes;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;

/**
 * Links the parts of an article that jumps from one page to another ("下转第三版" / "上接第一版"). The
 * k-th part of an edition that continues from page p on page q belongs to the k-th part on page p that
 * continues to page q. The backward note can link at once (its target is already written); the forward
 * note is a placeholder until the next part arrives, or until it can no longer arrive in this edition
 * (another edition starts, the book ends, or too many jumps wait), when it stays plain text.
 */
final class Jumps {

    /** Open forward jumps kept at most: bounds memory for archives whose jumps never resolve. */
    static final int MAX_WAITING = 64;

    private record Waiting(String edition, int fromPage, int toPage, int slot, ContentDocument doc, String anchor,
            String label) {
    }

    /**
     * The "continued from" note of an article.
     *
     * @param note      markup of the note's content (a link when the previous part is known), or null
     * @param continues the label of the previous part when it is known, else null
     */
    record Back(String note, String continues) {
    }

    private final Deque<Waiting> waiting = new ArrayDeque<>();
    private final Map<Integer, String> settled = new HashMap<>();
    private final Map<Integer, String> noteTexts = new HashMap<>();
    private String currentEdition;
    private int nextSlot;

    /** Called before each article: a new edition ends every jump of the previous one. */
    void enterEdition(Edition edition) {
        String key = key(edition);
        if (!key.equals(currentEdition)) {
            abandonAll();
            currentEdition = key;
        }
    }

    /** The "continued from" note of {@code a}; settles the previous part's forward link when it waits. */
    Back backward(Article a, ContentDocument doc, String anchor) {
        if (a.continuedFrom() == null) {
            return new Back(null, null);
        }
        String text = JumpNotes.continuedFrom(a.continuedFrom());
        Integer page = a.edition().page();
        for (Iterator<Waiting> it = waiting.iterator(); page != null && it.hasNext(); ) {
            Waiting w = it.next();
            if (w.edition.equals(key(a.edition())) && w.fromPage == a.continuedFrom() && w.toPage == page) {
                it.remove();
                settled.put(w.slot, link(href(w.doc, doc, anchor), noteTexts.remove(w.slot)));
                return new Back(link(href(doc, w.doc, w.anchor), text), w.label);
            }
        }
        return new Back(escaped(text), null);
    }

    /**
     * The content of the "continued to" note of {@code a}, labelled {@code label}: a placeholder in
     * {@code doc}, or null when {@code a} continues nowhere.
     */
    String forward(Article a, ContentDocument doc, String anchor, String label) {
        if (a.continuedTo() == null) {
            return null;
        }
        int slot = nextSlot++;
        String text = JumpNotes.continuedTo(a.continuedTo());
        noteTexts.put(slot, text);
        if (a.edition().page() == null) {
            settle(slot);
        } else {
            if (waiting.size() >= MAX_WAITING) {
                settle(waiting.removeFirst().slot);
            }
            waiting.addLast(new Waiting(key(a.edition()), a.edition().page(), a.continuedTo(), slot, doc, anchor, label));
        }
        return doc.placeholder(slot);
    }

    /** No more parts can arrive: every waiting note stays plain text. */
    void abandonAll() {
        while (!waiting.isEmpty()) {
            settle(waiting.removeFirst().slot);
        }
    }

    boolean isSettled(int slot) {
        return settled.containsKey(slot);
    }

    /** The markup of a settled slot; it is handed out once. */
    String markup(int slot) {
        return Objects.requireNonNull(settled.remove(slot), "slot not settled");
    }

    private void settle(int slot) {
        settled.put(slot, escaped(noteTexts.remove(slot)));
    }

    private static String link(String href, String text) {
        return new Markup().open("a", "href", href).text(text).close("a").toString();
    }

    private static String escaped(String text) {
        return new Markup().text(text).toString();
    }

    /** A link from a document to an anchor: within the document when they are the same. */
    private static String href(ContentDocument from, ContentDocument to, String anchor) {
        return (from == to ? "" : to.fileName()) + "#" + anchor;
    }

    private static String key(Edition e) {
        return e.publication() + "\u0000" + e.date();
    }
}
