package io.broadsheet.parser.markdown.internal;

import io.broadsheet.core.error.LimitExceededException;
import io.broadsheet.core.model.Article;
import io.broadsheet.core.spi.ArticleSink;
import io.broadsheet.core.spi.ParseSession;
import io.broadsheet.core.spi.SourceInput;
import io.broadsheet.parser.markdown.MarkdownParserOptions;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.commonmark.ext.front.matter.YamlFrontMatterBlock;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * One run of the Markdown parser. commonmark finds the front-matter block and parses the body; the
 * block's text is then read as YAML by {@link FrontMatter}. A file with front matter is one article;
 * one without is split by {@link HeadingSplitter}.
 */
public final class MarkdownSession implements ParseSession {

    private static final Parser COMMONMARK = Parser.builder()
            .extensions(List.of(YamlFrontMatterExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();

    private final MarkdownParserOptions options;

    public MarkdownSession(MarkdownParserOptions options) {
        this.options = options;
    }

    @Override
    public void parse(SourceInput input, ArticleSink sink) throws IOException {
        SourceText.Decoded decoded = SourceText.decode(read(input), options.encoding(), input.path());
        String text = decoded.text();
        FileContext file = new FileContext(input.path(), input.fileName(), decoded.charset(), FileContext.countLines(text));
        if (file.lineCount() > options.maxLines()) {
            throw new LimitExceededException(input.path(), options.maxLines() + 1,
                    "more than maxLines (" + options.maxLines() + ") lines");
        }
        LoneQuoteCheck.check(text, input.path());
        Node document = COMMONMARK.parse(text);
        if (document.getFirstChild() instanceof YamlFrontMatterBlock block) {
            FrontMatter frontMatter = FrontMatter.parse(yaml(block, text), input.path(), 2);
            boolean own = frontMatter.has("id") && frontMatter.has("kind");
            List<Block> blocks = BlockCollector.collect(document, options, own);
            sink.accept(FrontMatterArticle.build(frontMatter, blocks, file));
            return;
        }
        List<Block> blocks = BlockCollector.collect(document, options, false);
        for (Article article : HeadingSplitter.split(blocks, options.splitOnHeadings(), file)) {
            sink.accept(article);
        }
    }

    /** The lines between the opening and the closing "---" of the front-matter block. */
    private static String yaml(YamlFrontMatterBlock block, String text) {
        List<SourceSpan> spans = block.getSourceSpans();
        if (spans.size() < 2) {
            return "";
        }
        SourceSpan last = spans.get(spans.size() - 1);
        int start = spans.get(1).getInputIndex();
        String closing = text.substring(last.getInputIndex(), last.getInputIndex() + last.getLength()).strip();
        int end = closing.equals("---") || closing.equals("...") ? last.getInputIndex() : last.getInputIndex() + last.getLength();
        return start >= end ? "" : text.substring(start, end);
    }

    private byte[] read(SourceInput input) throws IOException {
        long max = options.maxFileMegabytes() * 1024L * 1024L;
        try (InputStream in = input.open()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) {
                throw new LimitExceededException(input.path(), 0,
                        "larger than maxFileMegabytes (" + options.maxFileMegabytes() + " MB)");
            }
            return bytes;
        }
    }
}
