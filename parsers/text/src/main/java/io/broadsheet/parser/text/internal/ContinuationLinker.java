package io.broadsheet.parser.text.internal;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.ArticleKind;
import io.broadsheet.core.model.Edition;
import io.broadsheet.core.spi.ArticleSink;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Links the parts of an article that jumps to another page ("(下转第三版)" … "(上接第一版)") when both
 * are in the archive: the earlier part gets {@code metadata.continuedToId}, the later one
 * {@code metadata.continuedFromId} (and {@code continuedFrom} when its page printed no marker).
 *
 * <p>Streaming with bounded memory: articles pass straight through unless a jump waits for its other
 * part; then the articles of that edition are held, in order, until the jump resolves, can no longer
 * resolve (a later page or another edition arrives) or {@link #MAX_HELD} articles wait.
 */
public final class ContinuationLinker {

    static final int MAX_HELD = 2000;

    private final List<Article> held = new ArrayList<>();
    private String heldEdition;

    /** Takes the articles of one page, in order. */
    public void accept(List<Article> page, ArticleSink sink) throws IOException {
        boolean firstOfPage = true;
        for (Article a : page) {
            String edition = editionKey(a.edition());
            if (edition == null || !edition.equals(heldEdition)) {
                flush(sink);
                heldEdition = edition;
            }
            if (edition == null) {
                sink.accept(a);
                continue;
            }
            held.add(link(a, firstOfPage));
            firstOfPage = false;
        }
        Integer page0 = page.isEmpty() ? null : page.get(0).edition().page();
        if (held.size() >= MAX_HELD || !anyPending(page0)) {
            flush(sink);
        }
    }

    public void finish(ArticleSink sink) throws IOException {
        flush(sink);
    }

    private void flush(ArticleSink sink) throws IOException {
        for (Article a : held) {
            sink.accept(a);
        }
        held.clear();
    }

    /** Links {@code a} to a held part that jumps to its page, returning {@code a} as it must be emitted. */
    private Article link(Article a, boolean firstOfPage) {
        Integer page = a.edition().page();
        boolean continues = a.continuedFrom() != null || firstOfPage && a.kind() == ArticleKind.FRAGMENT;
        if (page == null || !continues) {
            return a;
        }
        for (int i = 0; i < held.size(); i++) {
            Article earlier = held.get(i);
            Integer from = earlier.edition().page();
            if (waiting(earlier) && Objects.equals(earlier.continuedTo(), page)
                    && (a.continuedFrom() == null || a.continuedFrom().equals(from))) {
                held.set(i, earlier.toBuilder().putMetadata("continuedToId", a.id()).build());
                Article.Builder later = a.toBuilder().putMetadata("continuedFromId", earlier.id());
                if (a.continuedFrom() == null) {
                    later.continuedFrom(from);
                }
                return later.build();
            }
        }
        return a;
    }

    private static boolean waiting(Article a) {
        return a.continuedTo() != null && a.edition().page() != null && !a.metadata().containsKey("continuedToId");
    }

    /** Whether a held jump can still meet its other part: its target page is not behind us. */
    private boolean anyPending(Integer currentPage) {
        for (Article a : held) {
            if (waiting(a) && (currentPage == null || a.continuedTo() >= currentPage)) {
                return true;
            }
        }
        return false;
    }

    private static String editionKey(Edition e) {
        if (e.page() == null) {
            return null;
        }
        return e.publication() + "|" + e.date();
    }
}
