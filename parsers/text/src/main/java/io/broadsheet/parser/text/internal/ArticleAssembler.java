package io.broadsheet.parser.text.internal;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.ArticleIds;
import io.broadsheet.core.model.ArticleKind;
import io.broadsheet.core.model.Dateline;
import io.broadsheet.core.model.Edition;
import io.broadsheet.core.model.Section;
import io.broadsheet.core.model.SourceRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Stage 7, field extraction: each item of a page into an {@link Article}: headline roles, byline and
 * authors, the dateline opening the first paragraph, a byline trailing the last one, sections with
 * repaired paragraphs, photo caption and credit, jump pages, and where on the page it was read.
 */
public final class ArticleAssembler {

    private final Rules rules;
    private final ParagraphRepair repair;
    private final UnaryOperator<String> punctuation;
    private final Trace trace;

    public ArticleAssembler(Rules rules, ParagraphRepair repair, UnaryOperator<String> punctuation, Trace trace) {
        this.rules = rules;
        this.repair = repair;
        this.punctuation = punctuation;
        this.trace = trace;
    }

    public List<Article> assemble(List<ItemDraft> drafts, String path, String encoding, Edition edition) {
        // Items in page order: a photo is drafted when its credit is read, after the caption above it.
        List<Placed> ordered = new ArrayList<>();
        for (ItemDraft d : drafts) {
            IntSummaryStatistics lines = d.blocks().stream().mapToInt(Block::line).summaryStatistics();
            ordered.add(new Placed(d, lines.getMin(), lines.getMax()));
        }
        ordered.sort(Comparator.comparingInt(Placed::firstLine));
        List<Article> out = new ArrayList<>();
        for (Placed p : ordered) {
            Article.Builder a = Article.builder()
                    .id(ArticleIds.of(path, out.size()))
                    .edition(edition)
                    .source(new SourceRef(path, p.firstLine(), p.lastLine(), encoding));
            boolean keep = p.draft().photo ? photo(p.draft(), a) : text(p.draft(), a);
            if (keep) {
                out.add(a.build());
            }
        }
        return out;
    }

    private record Placed(ItemDraft draft, int firstLine, int lastLine) {
    }

    private boolean photo(ItemDraft d, Article.Builder a) {
        PhotoCredits.Credit printed = d.credit();
        String caption = printed != null && printed.caption() != null ? printed.caption()
                : d.caption != null ? d.caption.text() : null;
        String credit = printed == null ? null : printed.credit();
        a.kind(ArticleKind.PHOTO)
                .caption(punctuation.apply(caption))
                .credit(punctuation.apply(credit))
                .byline(punctuation.apply(credit))
                .authors(printed == null ? List.of() : printed.names());
        review(d.doubts, a);
        return true;
    }

    private boolean text(ItemDraft d, Article.Builder a) {
        HeadlineRoles.Roles roles = d.headline.isEmpty() ? null : HeadlineRoles.assign(d.headline, rules, trace);
        List<String> subtitles = roles == null ? new ArrayList<>() : new ArrayList<>(roles.subtitles());
        List<ItemDraft.SectionDraft> drafts = d.sections;
        List<List<String>> paragraphs = repair.repair(drafts);
        List<Section> sections = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            ItemDraft.SectionDraft s = drafts.get(i);
            String heading = s.heading() == null ? null : s.heading().text();
            if (heading == null && paragraphs.get(i).isEmpty()) {
                continue;
            }
            if (heading != null) {
                headings.add(heading);
            }
            sections.add(new Section(heading, new ArrayList<>(paragraphs.get(i))));
            if (d.sectionNotes.containsKey(i)) {
                a.putMetadata("section." + sections.size() + ".subtitle", punctuation.apply(d.sectionNotes.get(i).text()));
            }
        }
        moveParallelSubtitle(d, subtitles, sections, headings);
        if (roles == null && sections.isEmpty()) {
            return false;
        }
        Set<String> authors = new LinkedHashSet<>();
        String byline = null;
        if (d.byline != null) {
            byline = d.byline.text();
            List<String> names = d.byline.features().bylineNames() != null ? d.byline.features().bylineNames()
                    : d.byline.features().bareNames();
            if (names != null) {
                authors.addAll(names);
            }
        } else if (!sections.isEmpty()) {
            Section last = sections.get(sections.size() - 1);
            if (!last.paragraphs().isEmpty()) {
                String lastParagraph = last.paragraphs().get(last.paragraphs().size() - 1);
                Rules.Trailing trailing = rules.trailingByline(lastParagraph);
                if (trailing != null) {
                    byline = trailing.byline();
                    authors.addAll(trailing.names());
                    List<String> ps = new ArrayList<>(last.paragraphs());
                    ps.set(ps.size() - 1, trailing.paragraph());
                    sections.set(sections.size() - 1, new Section(last.heading(), ps));
                    Piece piece = d.lastPiece();
                    if (piece != null) {
                        trace.note(piece.block(), "body+byline", trailing.rule());
                    }
                }
            }
        }
        Dateline dateline = null;
        if (!sections.isEmpty() && !sections.get(0).paragraphs().isEmpty()) {
            String first = sections.get(0).paragraphs().get(0);
            Datelines.DatelineMatch m = rules.datelines.dateline(first);
            if (m != null) {
                dateline = new Dateline(punctuation.apply(m.text()), m.agency(), m.place(), m.date());
                authors.addAll(m.names());
                // The model keeps the dateline apart: exporters print it before the first paragraph.
                String rest = first.substring(first.indexOf(m.text()) + m.text().length()).strip();
                List<String> ps = new ArrayList<>(sections.get(0).paragraphs());
                if (rest.isEmpty()) {
                    ps.remove(0);
                } else {
                    ps.set(0, rest);
                }
                sections.set(0, new Section(sections.get(0).heading(), ps));
            }
        }
        if (!d.signature.isEmpty()) {
            a.putMetadata("signature", punctuation.apply(
                    d.signature.stream().map(Classified::text).collect(java.util.stream.Collectors.joining(" "))));
        }
        List<Section> finished = new ArrayList<>();
        for (Section s : sections) {
            finished.add(new Section(punctuation.apply(s.heading()), s.paragraphs().stream().map(punctuation).toList()));
        }
        List<Doubt> doubts = new ArrayList<>(d.doubts);
        if (roles != null) {
            doubts.addAll(roles.doubts());
        }
        review(doubts, a);
        a.kind(roles != null && roles.title() != null ? ArticleKind.ARTICLE : ArticleKind.FRAGMENT)
                .column(roles == null ? null : punctuation.apply(roles.column()))
                .kicker(roles == null ? null : punctuation.apply(roles.kicker()))
                .title(roles == null ? null : punctuation.apply(roles.title()))
                .subtitles(subtitles.stream().map(punctuation).toList())
                .byline(punctuation.apply(byline))
                .authors(new ArrayList<>(authors))
                .dateline(dateline)
                .sections(finished)
                .continuedTo(d.jumpTo)
                .continuedFrom(d.jumpFrom);
        return true;
    }

    /**
     * The item's confidence in {@code metadata.confidence}; below {@link Doubt#REVIEW_BELOW}, the competing
     * readings in {@code metadata.review} (a reviewer filters on it in any format).
     */
    private static void review(List<Doubt> doubts, Article.Builder a) {
        double confidence = Doubt.confidence(doubts);
        a.putMetadata("confidence", Doubt.format(confidence));
        if (confidence < Doubt.REVIEW_BELOW) {
            a.putMetadata(io.broadsheet.core.model.Review.KEY, Doubt.describe(doubts));
        }
    }

    /**
     * A line printed under the title that has the shape of the article's section headings ("青年志愿者
     * 突击队进度条加载中" before "下沉一线志愿者进度条加载中") is the first section heading, not a subtitle.
     */
    private void moveParallelSubtitle(ItemDraft d, List<String> subtitles, List<Section> sections, List<String> headings) {
        if (subtitles.isEmpty() || headings.isEmpty()) {
            return;
        }
        String last = subtitles.get(subtitles.size() - 1);
        if (last.startsWith(FeatureExtractor.DASH) || !parallelToAny(last, headings)) {
            return;
        }
        subtitles.remove(subtitles.size() - 1);
        if (!sections.isEmpty() && sections.get(0).heading() == null) {
            sections.set(0, new Section(last, sections.get(0).paragraphs()));
        } else {
            sections.add(0, new Section(last, List.of()));
        }
        for (Classified c : d.headline) {
            if (c.text().equals(last)) {
                trace.note(c.block(), "section-heading", "parallel-to-later-headings");
            }
        }
    }

    private static boolean parallelToAny(String line, List<String> headings) {
        for (String h : headings) {
            if (commonPrefix(line, h) >= 3 || commonSuffix(line, h) >= 3) {
                return true;
            }
        }
        return false;
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    private static int commonSuffix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
            n++;
        }
        return n;
    }
}
