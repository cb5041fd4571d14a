package io.broadsheet.benchmarks;

import static io.broadsheet.benchmarks.Vocabulary.pick;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes the pages of one edition (one publication, one date) in the style of raw e-paper page dumps:
 * headlines with or without {@code #} markers, "——" subtitles, kickers and column labels, bylines
 * ("记者 X"), datelines ("本报讯(记者 X)", "新华社北京11月10日电"), section headings, paragraphs the
 * layout split mid-sentence across blocks, photo captions with "X 摄" credits after picture gaps,
 * jump markers ("(下转第二版)" … "(上接第一版)") between pages of the edition, and repeated blocks.
 *
 * <p>Deterministic: the same seed, publication, date and page count give the same text, byte for byte
 * ({@link Random} is specified exactly, on every JDK).
 */
final class PageComposer {

    /** Page sizes in UTF-8 bytes: each page aims at a size in [MIN_TARGET, MAX_TARGET) and overshoots by one block at most. */
    static final int MIN_TARGET = 15_800;
    static final int MAX_TARGET = 22_800;

    private final Random random;
    private final LocalDate date;
    private final int pages;

    PageComposer(long seed, int publication, LocalDate date, int pages) {
        this.random = new Random(mix(seed, publication, date.toEpochDay()));
        this.date = date;
        this.pages = pages;
    }

    /** The text of every page of the edition, page 1 first. */
    List<String> compose() {
        // Plan the jumps first: an article of page p continues on a later page of the same edition.
        int[] jumpTo = new int[pages + 1];
        List<List<Integer>> continuedFrom = new ArrayList<>();
        for (int p = 0; p <= pages; p++) {
            continuedFrom.add(new ArrayList<>());
        }
        for (int p = 1; p < pages; p++) {
            if (random.nextInt(100) < 55) {
                int target = p + 1 + (p + 2 <= pages && random.nextInt(3) == 0 ? 1 : 0);
                jumpTo[p] = target;
                continuedFrom.get(target).add(p);
            }
        }
        List<String> out = new ArrayList<>(pages);
        for (int p = 1; p <= pages; p++) {
            out.add(page(p, jumpTo[p], continuedFrom.get(p)));
        }
        return out;
    }

    private String page(int number, int jumpTo, List<Integer> from) {
        Text t = new Text();
        int target = MIN_TARGET + random.nextInt(MAX_TARGET - MIN_TARGET);
        for (int i = random.nextInt(4); i > 0; i--) {
            t.blank();
        }
        for (int source : from) {
            continuation(t, source, 900 + random.nextInt(3000));
        }
        boolean jumped = jumpTo == 0;
        boolean first = true;
        while (t.bytes < target - 700) {
            int remaining = target - t.bytes;
            if (!jumped && (remaining < 7000 || random.nextInt(4) == 0)) {
                feature(t, Math.min(remaining, 3000 + random.nextInt(6000)), jumpTo);
                jumped = true;
            } else if (first && number == 1) {
                feature(t, Math.min(remaining, 5000 + random.nextInt(5000)), 0);
            } else {
                int roll = random.nextInt(100);
                if (roll < 22) {
                    feature(t, Math.min(remaining, 2500 + random.nextInt(5000)), 0);
                } else if (roll < 55) {
                    news(t, Math.min(remaining, 900 + random.nextInt(3000)));
                } else if (roll < 67) {
                    agency(t, Math.min(remaining, 900 + random.nextInt(2500)));
                } else if (roll < 83) {
                    photo(t);
                } else if (roll < 90) {
                    commentary(t, Math.min(remaining, 1500 + random.nextInt(3000)));
                } else {
                    column(t, Math.min(remaining, 1200 + random.nextInt(3000)));
                }
            }
            first = false;
        }
        return t.toString();
    }

    // ---------------------------------------------------------------- items

    /** A long article: kicker, title, subtitle, byline, dateline, sections; optionally jumping to another page. */
    private void feature(Text t, int budget, int jumpTo) {
        int end = t.bytes + budget;
        boolean marked = random.nextBoolean();
        if (random.nextInt(7) == 0) {
            t.block(pick(random, Vocabulary.KICKERS));
        }
        t.block((marked ? "## " : "") + fill(pick(random, Vocabulary.HEADLINES)));
        if (random.nextInt(10) < 6) {
            t.block((marked ? "### " : "") + fill(pick(random, Vocabulary.SUBTITLES)));
        }
        String reporter = Vocabulary.name(random);
        t.block(byline(reporter));
        List<String> written = new ArrayList<>();
        String firstParagraph = random.nextBoolean() ? "本报讯(记者 " + reporter + ")" + paragraph() : paragraph();
        paragraphs(t, firstParagraph, written);
        if (random.nextBoolean()) {
            paragraphs(t, paragraph(), written);
        }
        int sections = 0;
        while (t.bytes < end - 400 || sections == 0 && t.bytes < end) {
            t.block((marked ? "#### " : "") + heading());
            sections++;
            int n = 2 + random.nextInt(3);
            for (int i = 0; i < n && t.bytes < end - 200; i++) {
                paragraphs(t, paragraph(), written);
            }
        }
        repeats(t, written);
        String last = paragraph();
        if (jumpTo > 0) {
            String marker = "(下转第" + chinese(jumpTo) + "版)";
            if (random.nextInt(10) < 7) {
                t.block(last + marker);
            } else {
                t.block(last);
                t.block(marker);
            }
        } else {
            t.block(last);
        }
    }

    /** A local news item: title, dateline opening the first paragraph, a few paragraphs, sometimes a signature. */
    private void news(Text t, int budget) {
        int end = t.bytes + budget;
        boolean marked = random.nextBoolean();
        t.block((marked ? "## " : "") + fill(pick(random, Vocabulary.HEADLINES)));
        String reporter = Vocabulary.name(random);
        boolean bylineLine = random.nextInt(10) < 3;
        if (bylineLine) {
            t.block("记者 " + reporter);
        }
        String dateline = switch (random.nextInt(3)) {
            case 0 -> "本报讯(记者 " + reporter + ")";
            case 1 -> "本报讯 ";
            default -> "本报" + pick(random, Vocabulary.PLACES) + date.getMonthValue() + "月" + date.getDayOfMonth()
                    + "日讯(记者 " + reporter + ")";
        };
        List<String> written = new ArrayList<>();
        paragraphs(t, dateline + paragraph(), written);
        while (t.bytes < end - 300) {
            paragraphs(t, paragraph(), written);
        }
        repeats(t, written);
        if (!bylineLine && random.nextInt(10) < 3) {
            t.block(paragraph() + " " + Vocabulary.name(random));
        }
    }

    /** An agency item: "新华社北京11月10日电(记者 X)". */
    private void agency(Text t, int budget) {
        int end = t.bytes + budget;
        t.block((random.nextInt(3) == 0 ? "## " : "") + fill(pick(random, Vocabulary.HEADLINES)));
        LocalDate filed = date.minusDays(random.nextInt(2));
        String dateline = "新华社" + pick(random, Vocabulary.AGENCY_CITIES) + filed.getMonthValue() + "月"
                + filed.getDayOfMonth() + "日电" + (random.nextBoolean() ? "(记者 " + Vocabulary.name(random) + ")" : " ");
        List<String> written = new ArrayList<>();
        paragraphs(t, dateline + paragraph(), written);
        while (t.bytes < end - 300) {
            paragraphs(t, paragraph(), written);
        }
    }

    /** A photo: a picture gap (three blank lines), a caption, a credit ("X 摄", "记者 X 摄", "新华社发"). */
    private void photo(Text t) {
        t.blank();
        t.blank();
        String caption = fill(pick(random, Vocabulary.CAPTIONS));
        String credit = switch (random.nextInt(6)) {
            case 0 -> "记者 " + Vocabulary.name(random) + " 摄";
            case 1 -> "新华社发";
            case 2 -> Vocabulary.name(random) + " 摄影";
            default -> Vocabulary.name(random) + " 摄";
        };
        if (random.nextInt(4) == 0) {
            t.block(caption + " " + credit);
        } else {
            t.block(caption);
            t.block(credit);
        }
    }

    /** A commentary: title, the paper's standalone byline, argued paragraphs. */
    private void commentary(Text t, int budget) {
        int end = t.bytes + budget;
        t.block(fill(pick(random, Vocabulary.HEADLINES)));
        t.block("本报评论员");
        List<String> written = new ArrayList<>();
        do {
            paragraphs(t, paragraph(), written);
        } while (t.bytes < end - 300);
    }

    /** A column label ("(城事观察)") over a news item. */
    private void column(Text t, int budget) {
        String label = pick(random, Vocabulary.COLUMNS);
        t.block(random.nextBoolean() ? "## " + label : label);
        news(t, budget);
    }

    /** The rest of an article that began on page {@code source}: "(上接第一版)" then paragraphs. */
    private void continuation(Text t, int source, int budget) {
        int end = t.bytes + budget;
        List<String> written = new ArrayList<>();
        paragraphs(t, "(上接第" + chinese(source) + "版)" + paragraph(), written);
        while (t.bytes < end - 300) {
            if (random.nextInt(5) == 0) {
                t.block(heading());
            }
            paragraphs(t, paragraph(), written);
        }
        if (random.nextInt(4) == 0) {
            t.block(paragraph() + " " + Vocabulary.name(random));
        }
    }

    // ---------------------------------------------------------------- pieces

    /** Writes {@code text} as one block, or split mid-sentence across two (the layout's doing). */
    private void paragraphs(Text t, String text, List<String> written) {
        written.add(text);
        int split = random.nextInt(100) < 22 ? splitPoint(text) : -1;
        if (split < 0) {
            t.block(text);
            return;
        }
        String head = text.substring(0, split);
        String tail = text.substring(split);
        if (random.nextInt(4) == 0) {
            t.block(head + "\n" + tail); // a hard line break inside the block
        } else {
            t.block(head);
            t.block(tail);
        }
    }

    /** Extraction repeats: a whole earlier paragraph again, or its opening words. */
    private void repeats(Text t, List<String> written) {
        if (written.isEmpty()) {
            return;
        }
        int roll = random.nextInt(100);
        String earlier = written.get(random.nextInt(written.size()));
        if (roll < 10) {
            t.block(earlier);
        } else if (roll < 16) {
            int cut = splitPoint(earlier);
            if (cut >= 8) {
                t.block(earlier.substring(0, cut));
            }
        }
    }

    /** A place between two Chinese characters in the middle third of {@code text}, or -1. */
    private int splitPoint(String text) {
        int from = text.length() / 3;
        int to = 2 * text.length() / 3;
        if (to - from < 2) {
            return -1;
        }
        int start = from + random.nextInt(to - from);
        for (int i = start; i < to; i++) {
            if (Character.isIdeographic(text.charAt(i - 1)) && Character.isIdeographic(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private String paragraph() {
        int n = 2 + random.nextInt(6);
        StringBuilder sb = new StringBuilder(n * 40);
        for (int i = 0; i < n; i++) {
            sb.append(fill(pick(random, Vocabulary.SENTENCES)));
        }
        return sb.toString();
    }

    private String heading() {
        String a = pick(random, Vocabulary.PHRASES);
        String b;
        do {
            b = pick(random, Vocabulary.PHRASES);
        } while (b.equals(a));
        return a + " " + b;
    }

    private String byline(String reporter) {
        return switch (random.nextInt(5)) {
            case 0 -> "本报记者 " + reporter + " " + Vocabulary.name(random);
            case 1 -> "记者 " + reporter + " 通讯员 " + Vocabulary.name(random);
            default -> "记者 " + reporter;
        };
    }

    private String fill(String template) {
        return Vocabulary.fill(random, template, date.getMonthValue(), date.getDayOfMonth(), date.getYear());
    }

    /** Page numbers as printed: 一 to 九十九. */
    static String chinese(int n) {
        String digits = "〇一二三四五六七八九";
        if (n < 1 || n > 99) {
            throw new IllegalArgumentException("page " + n);
        }
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        return (n / 10 == 1 ? "" : String.valueOf(digits.charAt(n / 10))) + "十" + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10)));
    }

    /** SplitMix64 finaliser over the inputs: independent, well-spread seeds per edition. */
    static long mix(long seed, long a, long b) {
        long z = seed;
        for (long v : new long[] {a, b}) {
            z += 0x9E3779B97F4A7C15L + v;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            z ^= z >>> 31;
        }
        return z;
    }

    /** Page text being written, with its UTF-8 size kept up to date. */
    static final class Text {
        private final StringBuilder sb = new StringBuilder(32 * 1024);
        int bytes;

        /** A block: its text, then the blank line that ends it. */
        void block(String text) {
            append(text);
            append("\n\n");
        }

        void blank() {
            append("\n");
        }

        private void append(String s) {
            sb.append(s);
            bytes += utf8Length(s);
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }

    static int utf8Length(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    static byte[] encode(String page) {
        return page.getBytes(StandardCharsets.UTF_8);
    }
}
