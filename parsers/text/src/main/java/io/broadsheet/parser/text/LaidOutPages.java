package io.broadsheet.parser.text;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.Edition;
import io.broadsheet.core.spi.ArticleSink;
import io.broadsheet.parser.text.internal.Block;
import io.broadsheet.parser.text.internal.ContinuationLinker;
import io.broadsheet.parser.text.internal.DecodedPage;
import io.broadsheet.parser.text.internal.PagePipeline;
import io.broadsheet.parser.text.internal.Trace;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The text parser's stages (classification, segmentation, field extraction, paragraph repair, continuation
 * links) for pages another parser has already laid out as page-dump text: one block a line, blank lines
 * between blocks, '#' levels for headlines, a picture gap where an image sits. One instance per run; not
 * thread-safe (it links continuations across the pages it is given, in order).
 */
public final class LaidOutPages {

    /** What the stages decided for one line of the laid-out text (1-based). */
    public record Decision(int line, String role, String rule) {
    }

    private final PagePipeline pipeline;
    private final ContinuationLinker linker;

    public LaidOutPages(TextParserOptions options) {
        this.pipeline = new PagePipeline(options);
        this.linker = options.linkContinuations() ? new ContinuationLinker() : null;
    }

    /**
     * Sends the page's articles to {@code sink} (or holds them while a jump waits for its other part).
     * {@code format} names where the text came from in {@code SourceRef.encoding} (e.g. "pdf");
     * {@code fallback} fills the edition facts the path pattern leaves unknown.
     */
    public void parse(String path, String text, String format, Edition fallback, ArticleSink sink) throws IOException {
        List<Article> articles = pipeline.run(path, new DecodedPage(text, format), fallback, Trace.off()).articles();
        if (linker != null) {
            linker.accept(articles, sink);
        } else {
            for (Article a : articles) {
                sink.accept(a);
            }
        }
    }

    /** Emits what continuation linking still holds; call once after the last page. */
    public void finish(ArticleSink sink) throws IOException {
        if (linker != null) {
            linker.finish(sink);
        }
    }

    /** The role and rule of every non-blank line, in order, as {@code broadsheet inspect} shows them. */
    public List<Decision> explain(String path, String text, String format) {
        Trace trace = Trace.recording();
        PagePipeline.Result page = pipeline.run(path, new DecodedPage(text, format), Edition.UNKNOWN, trace);
        List<Decision> decisions = new ArrayList<>();
        for (Block b : page.blocks()) {
            String[] d = trace.decision(b);
            decisions.add(new Decision(b.line(), d[0], d[1]));
        }
        return decisions;
    }
}
