package io.broadsheet.parser.text.internal;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.Edition;
import io.broadsheet.parser.text.TextParserOptions;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One page through the named stages: decode → blocks → features → classification → segmentation →
 * field extraction with paragraph repair. Each stage takes the previous one's output only. Immutable
 * and thread-safe; the trace is per call.
 */
public final class PagePipeline {

    /** What a page gave: its blocks (for explanations) and its articles. */
    public record Result(List<Block> blocks, List<Article> articles) {
    }

    private final TextParserOptions options;
    private final Rules rules;
    private final EditionPattern editionPattern;
    private final UnaryOperator<String> punctuation;
    private final LetterSpacing letterSpacing;

    public PagePipeline(TextParserOptions options) {
        this.options = options;
        this.rules = new Rules(options.effectiveLexicon(), options.limits());
        this.letterSpacing = new LetterSpacing(rules::isRole);
        this.editionPattern = options.pathPattern() == null ? null : EditionPattern.compile(options.pathPattern());
        this.punctuation = options.punctuation() == TextParserOptions.Punctuation.FULLWIDTH
                ? Punctuation::fullWidth : UnaryOperator.identity();
    }

    public Result run(String path, byte[] bytes, Trace trace) {
        return run(path, PageDecoder.decode(path, bytes, options.encoding()), Edition.UNKNOWN, trace);
    }

    /** A page already decoded (or laid out as text by another parser); {@code fallback} fills what the path leaves unknown. */
    public Result run(String path, DecodedPage page, Edition fallback, Trace trace) {
        List<Block> blocks = BlockReader.read(page.text(), letterSpacing);
        List<BlockFeatures> features = FeatureExtractor.extract(blocks, rules);
        List<Classified> classified = Classifier.classify(features, options.limits().pictureGap());
        for (Classified c : classified) {
            trace.note(c.block(), c.cls().name().toLowerCase(java.util.Locale.ROOT), c.rule());
        }
        List<ItemDraft> items = Segmenter.segment(classified, rules, trace);
        ParagraphRepair repair = new ParagraphRepair(rules, options.joinParagraphs(), options.removeDuplicates(), trace);
        Edition edition = (editionPattern == null ? Edition.UNKNOWN : editionPattern.read(path)).orElse(fallback);
        List<Article> articles = new ArticleAssembler(rules, repair, punctuation, trace)
                .assemble(items, path, page.encoding(), edition);
        return new Result(blocks, articles);
    }
}
