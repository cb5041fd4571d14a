package io.broadsheet.parser.text.internal;

import io.broadsheet.core.error.InputException;
import io.broadsheet.core.spi.ArticleSink;
import io.broadsheet.core.spi.ParseSession;
import io.broadsheet.core.spi.SourceInput;
import io.broadsheet.parser.text.TextParserOptions;
import java.io.IOException;
import java.io.InputStream;

/**
 * One run of the text parser over an archive: each page read whole (a page is small; the archive is
 * streamed page by page), its articles passed on, continuations linked across pages.
 */
public final class TextSession implements ParseSession {

    private final PagePipeline pipeline;
    private final ContinuationLinker linker;
    private final long maxBytes;

    public TextSession(TextParserOptions options) {
        this.pipeline = new PagePipeline(options);
        this.linker = options.linkContinuations() ? new ContinuationLinker() : null;
        this.maxBytes = options.limits().maxPageMegabytes() * 1024L * 1024L;
    }

    @Override
    public void parse(SourceInput input, ArticleSink sink) throws IOException {
        PagePipeline.Result page = pipeline.run(input.path(), read(input), Trace.off());
        if (linker != null) {
            linker.accept(page.articles(), sink);
        } else {
            for (var a : page.articles()) {
                sink.accept(a);
            }
        }
    }

    @Override
    public void finish(ArticleSink sink) throws IOException {
        if (linker != null) {
            linker.finish(sink);
        }
    }

    @Override
    public void explain(SourceInput input, Appendable out) throws IOException {
        Trace trace = Trace.recording();
        PagePipeline.Result page = pipeline.run(input.path(), read(input), trace);
        trace.print(page.blocks(), out);
        for (var a : page.articles()) {
            String review = a.metadata().get(io.broadsheet.core.model.Review.KEY);
            if (review != null) {
                String name = a.title() != null ? "«" + a.title() + "»" : a.kind().name().toLowerCase(java.util.Locale.ROOT);
                out.append(String.format("review  lines %d-%d %s (confidence %s): %s%n", a.source().startLine(),
                        a.source().endLine(), name, a.metadata().get("confidence"), review));
            }
        }
    }

    private byte[] read(SourceInput input) throws IOException {
        try (InputStream in = input.open()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new InputException(input.path(), 0, "page larger than " + maxBytes / (1024 * 1024)
                        + " MB (limits.maxPageMegabytes); is it really one page of text?");
            }
            return bytes;
        }
    }
}
