package io.broadsheet.exporter.epub.internal;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.Edition;
import io.broadsheet.core.model.SourceRef;
import io.broadsheet.exporter.epub.internal.XhtmlPage.Meta;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code broadsheet:*} metadata of the shared EPUB convention, which lets the EPUB parser read our
 * books back without loss: everything the visible markup does not show.
 */
final class ArticleMeta {

    private ArticleMeta() {
    }

    /** The full set, for a document that holds exactly this article. */
    static List<Meta> of(Article a) {
        List<Meta> metas = new ArrayList<>();
        add(metas, "broadsheet:id", a.id());
        add(metas, "broadsheet:kind", a.kind().label());
        SourceRef source = a.source();
        add(metas, "broadsheet:source", source.path());
        if (source.endLine() > 0) {
            add(metas, "broadsheet:source-lines", source.startLine() + "-" + source.endLine());
        }
        add(metas, "broadsheet:source-encoding", source.encoding());
        metas.addAll(ofEdition(a.edition(), true));
        for (String author : a.authors()) {
            add(metas, "broadsheet:author", author);
        }
        for (Map.Entry<String, String> entry : a.metadata().entrySet()) {
            add(metas, "broadsheet:meta:" + entry.getKey(), entry.getValue());
        }
        return metas;
    }

    /** What all articles of a page (or edition) document share. */
    static List<Meta> ofEdition(Edition e, boolean withPage) {
        List<Meta> metas = new ArrayList<>();
        add(metas, "broadsheet:publication", e.publication());
        add(metas, "broadsheet:date", e.date());
        if (withPage && e.page() != null) {
            add(metas, "broadsheet:page", e.page().toString());
        }
        return metas;
    }

    private static void add(List<Meta> metas, String name, String content) {
        if (content != null) {
            metas.add(new Meta(name, content));
        }
    }
}
