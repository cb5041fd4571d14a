package io.broadsheet.parser.text.internal;

import io.broadsheet.parser.text.TextLexicon;
import io.broadsheet.parser.text.TextLimits;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * The lexicon compiled into recognisers: each answers one question about a piece of text (is it a
 * byline? does it open with a dateline? end with a jump marker?). Built once per parse session;
 * immutable and thread-safe.
 */
public final class Rules {

    /** What separates the words of a byline (spaces are folded to ' ' when blocks are read). */
    private static final String TOKEN_SEPARATORS = " /／、，,";
    private static final Pattern HAN_NAME_CHARS = Pattern.compile("[\\p{IsHan}·•]+");

    final TextLexicon lexicon;
    final TextLimits limits;
    /** Datelines, jump markers and photo credits: each its own recogniser. */
    final Datelines datelines;
    final JumpMarkers jumps;
    final PhotoCredits credits;
    final LineShapes shapes;
    private final List<String> roles;
    private final Set<String> standalone;
    private final List<String> reportingWords;
    private final List<String> sentenceEnds;
    private final List<String> closingMarks;
    private final Set<String> surnames;
    /** Bylines are words and names: a text with a full stop is none (unless a lexicon word has one). */
    private final boolean stopExcludesByline;
    private final List<String> placeSuffixes;
    private final List<String> honorifics;
    private final AnyPattern closingNotes;
    private final List<Pattern> closingCredits;
    private final List<String> fieldLabels;
    private final List<String> danglingEnds;
    private final AnyPattern fragmentStarts;

    public Rules(TextLexicon lexicon, TextLimits limits) {
        this.lexicon = lexicon;
        this.limits = limits;
        this.roles = longestFirst(lexicon.reporterRoles());
        this.standalone = Set.copyOf(lexicon.standaloneBylines());
        this.reportingWords = longestFirst(lexicon.reportingWords());
        List<String> ends = new ArrayList<>(lexicon.sentenceEnds());
        ends.addAll(lexicon.paragraphEnds());
        this.sentenceEnds = longestFirst(ends);
        this.closingMarks = longestFirst(lexicon.closingMarks());
        this.surnames = Set.copyOf(lexicon.surnames());
        this.stopExcludesByline = java.util.stream.Stream.of(lexicon.reporterRoles(), lexicon.standaloneBylines(),
                lexicon.reportingWords()).flatMap(List::stream).noneMatch(w -> w.indexOf('。') >= 0);
        this.placeSuffixes = longestFirst(lexicon.placeSuffixes());
        this.honorifics = longestFirst(lexicon.honorifics());
        this.closingNotes = new AnyPattern(lexicon.closingNotePatterns());
        this.closingCredits = lexicon.closingCreditPatterns().stream().map(Pattern::compile).toList();
        this.fieldLabels = longestFirst(lexicon.fieldLabels());
        this.danglingEnds = longestFirst(lexicon.danglingEnds());
        this.fragmentStarts = new AnyPattern(lexicon.fragmentStartPatterns());
        this.datelines = new Datelines(lexicon, this);
        this.jumps = new JumpMarkers(lexicon);
        this.credits = new PhotoCredits(lexicon, this);
        this.shapes = new LineShapes(lexicon, this);
    }

    /** Checks that every pattern of a lexicon compiles, for a clear options error instead of a failed run. */
    public static void check(TextLexicon lexicon) {
        for (String p : lexicon.datelinePatterns()) {
            compile("datelinePatterns", expand(p, lexicon), p);
        }
        compileAll("signaturePatterns", lexicon.signaturePatterns());
        compileAll("furniturePatterns", lexicon.furniturePatterns());
        compileAll("sectionPatterns", lexicon.sectionPatterns());
        compileAll("closingNotePatterns", lexicon.closingNotePatterns());
        compileAll("closingCreditPatterns", lexicon.closingCreditPatterns());
        compileAll("referencePatterns", lexicon.referencePatterns());
        compileAll("fragmentStartPatterns", lexicon.fragmentStartPatterns());
    }

    private static void compileAll(String key, List<String> patterns) {
        for (String p : patterns) {
            compile(key, p, p);
        }
    }

    private static void compile(String key, String regex, String shown) {
        try {
            Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("lexicon." + key + ": '" + shown + "' is not a valid pattern: "
                    + e.getDescription());
        }
    }

    static String expand(String pattern, TextLexicon lexicon) {
        return pattern.replace("{ownPaper}", alternation(lexicon.ownPaper()))
                .replace("{agency}", alternation(lexicon.agencies()));
    }

    static String alternation(List<String> words) {
        if (words.isEmpty()) {
            return "(?!)";
        }
        return longestFirst(words).stream().map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
    }

    static List<String> longestFirst(List<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return List.copyOf(sorted);
    }


    // ---- punctuation -------------------------------------------------------------------------------

    /** Whether a block ends a paragraph: its last mark (looking through closing quotes) ends a sentence. */
    public boolean terminal(String text) {
        String t = withoutTrailingMark(text);
        for (String stripped = stripSuffix(t, closingMarks); stripped != null; stripped = stripSuffix(t, closingMarks)) {
            t = stripped;
        }
        return endsWithAny(t, sentenceEnds);
    }

    /** A short bracketed mark at the end ("…改善。(本通)") is looked through: the sentence ended before it. */
    private String withoutTrailingMark(String text) {
        if (text.endsWith(")") || text.endsWith("）")) {
            int open = Math.max(text.lastIndexOf('('), text.lastIndexOf('（'));
            if (open > 0 && text.length() - open <= 14) {
                String before = text.substring(0, open).stripTrailing();
                // The sentence may end inside a quote: "…建设。”（本报记者…）".
                String unquoted = before;
                for (String stripped = stripSuffix(unquoted, closingMarks); stripped != null;
                        stripped = stripSuffix(unquoted, closingMarks)) {
                    unquoted = stripped;
                }
                if (endsWithAny(unquoted, sentenceEnds)) {
                    return before;
                }
            }
        }
        return text;
    }

    private static boolean endsWithAny(String text, List<String> ends) {
        for (String e : ends) {
            if (text.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    private static String stripSuffix(String text, List<String> suffixes) {
        for (String s : suffixes) {
            if (text.endsWith(s)) {
                return text.substring(0, text.length() - s.length());
            }
        }
        return null;
    }

    /** Whether the text holds a full stop inside (not only at its end): body text, not a headline. */
    public boolean hasInnerStop(String text) {
        int i = text.indexOf('。');
        return i >= 0 && i < text.length() - 1;
    }

    /** Whether a one- or two-character word is a family name. */
    boolean isSurname(String word) {
        return surnames.contains(word);
    }

    /** Whether a mark ends a sentence (or a paragraph). */
    boolean sentenceEnd(String mark) {
        return sentenceEnds.contains(mark);
    }

    // ---- names and bylines -------------------------------------------------------------------------

    /** A person name: two to {@code maxName} Han characters, or a longer one joined by a middle dot. */
    public boolean isName(String token) {
        if (!HAN_NAME_CHARS.matcher(token).matches()) {
            return false;
        }
        int n = token.codePointCount(0, token.length());
        if (token.contains("·") || token.contains("•")) {
            return n >= 3 && n <= 12 && !token.startsWith("·") && !token.endsWith("·");
        }
        return n >= 2 && n <= limits.maxName();
    }

    /** A role word, possibly after the organisation it works for ("山西日报记者"). */
    boolean isRole(String token) {
        for (String role : roles) {
            if (token.equals(role)) {
                return true;
            }
            if (token.endsWith(role) && role.length() >= 2) {
                String org = token.substring(0, token.length() - role.length());
                if (org.length() <= 8 && HAN_NAME_CHARS.matcher(org).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The role (with the organisation before it) a token starts with when a name is glued to it
     * ("记者刘淑花"; with {@code withOrganisation}, as in credits, also "新华社记者兰红光"), else null.
     * The name must start with a family name: "山西日报评论员文章" is a kicker, not a byline.
     */
    String gluedRole(String token, boolean withOrganisation) {
        for (String role : roles) {
            if (role.length() < 2) {
                continue;
            }
            int at = token.indexOf(role);
            if (at >= 0 && (at == 0 || withOrganisation && at <= 8) && isPersonName(token.substring(at + role.length()))
                    && (at == 0 || HAN_NAME_CHARS.matcher(token.substring(0, at)).matches())) {
                return token.substring(0, at + role.length());
            }
        }
        return null;
    }

    private List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || TOKEN_SEPARATORS.indexOf(text.charAt(i)) >= 0) {
                if (i > start) {
                    out.add(text.substring(start, i));
                }
                start = i + 1;
            }
        }
        return unpadded(out);
    }

    /**
     * Names padded to three characters' width ("王  刚"): a one-character family name followed by one
     * more character is one name (rule {@code padded-name}). A role word is never taken for a family
     * name ("文 王刚").
     */
    List<String> unpadded(List<String> tokens) {
        List<String> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (i + 1 < tokens.size() && oneHan(t) && oneHan(tokens.get(i + 1)) && surnames.contains(t) && !isRole(t)) {
                if (out == null) {
                    out = new ArrayList<>(tokens.subList(0, i));
                }
                out.add(t + tokens.get(++i));
            } else if (out != null) {
                out.add(t);
            }
        }
        return out == null ? tokens : out;
    }

    static boolean oneHan(String token) {
        return token.length() == 1 && Character.isIdeographic(token.charAt(0));
    }

    /**
     * The names of a byline when the whole text is one: roles and names ("记者 刘淑花", "本报记者 王可
     * 通讯员 赵一凡"), or a byline without a person ("本报评论员"). Null when it is not a byline; bare
     * names without a role are {@link #bareNames}, trusted only where a byline is expected.
     */
    public List<String> bylineNames(String text) {
        if (stopExcludesByline && text.indexOf('。') >= 0) {
            return null;
        }
        String t = unbracket(withoutLeadingSymbol(text));
        if (standalone.contains(t)) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        boolean role = false;
        List<String> all = tokens(t);
        List<String> tokens = withoutReportingWord(all);
        // "（本报记者强郁文采访整理）": role, name and reporting word frame the name, known family name or not.
        boolean reported = !tokens.equals(all);
        if (tokens.isEmpty() || tokens.size() > 8) {
            return null;
        }
        for (String token : tokens) {
            if (isRole(token) || standalone.contains(token)) {
                role = true;
            } else if (gluedRole(token, false) != null) {
                // Before the name test: "记者王刚" has a name's length but is a role and a name.
                role = true;
                names.add(token.substring(gluedRole(token, false).length()));
            } else if (reported && framedName(token) != null) {
                role = true;
                names.add(framedName(token));
            } else if (isName(token)) {
                names.add(token);
            } else {
                return null;
            }
        }
        if (!role || names.isEmpty() && !standaloneOnly(tokens)) {
            return null;
        }
        return names;
    }

    /** The name after a role that opens the token ("本报记者强郁文" gives "强郁文"), two or three characters, or null. */
    private String framedName(String token) {
        for (String role : roles) {
            if (role.length() >= 2 && token.startsWith(role)) {
                String name = token.substring(role.length());
                int n = name.codePointCount(0, name.length());
                if (n >= 2 && n <= 3 && isName(name)) {
                    return name;
                }
            }
        }
        return null;
    }

    /** An institution's name alone ("国家发展和改革委员会"): Han characters only, ending like an institution. */
    boolean institution(String text) {
        if (text.length() > 24 || !text.codePoints().allMatch(Character::isIdeographic)) {
            return false;
        }
        for (String suffix : lexicon.institutionSuffixes()) {
            if (text.endsWith(suffix) && text.length() > suffix.length() + 1) {
                return true;
            }
        }
        return false;
    }

    /** The tokens of a byline without the word closing it ("报道", "采访整理"), alone or glued to the last name. */
    private List<String> withoutReportingWord(List<String> tokens) {
        if (tokens.isEmpty()) {
            return tokens;
        }
        String last = tokens.get(tokens.size() - 1);
        for (String word : reportingWords) {
            if (last.equals(word) && tokens.size() > 1) {
                return tokens.subList(0, tokens.size() - 1);
            }
            if (last.endsWith(word) && last.length() > word.length()) {
                List<String> out = new ArrayList<>(tokens.subList(0, tokens.size() - 1));
                out.add(last.substring(0, last.length() - word.length()));
                return out;
            }
        }
        return tokens;
    }

    private boolean standaloneOnly(List<String> tokens) {
        return tokens.stream().anyMatch(standalone::contains);
    }

    /** A name printed without a role: it must also start with a family name (or be a dotted name). */
    boolean isPersonName(String token) {
        if (!isName(token)) {
            return false;
        }
        if (token.contains("·") || token.contains("•")) {
            return true;
        }
        String two = token.length() > 2 ? token.substring(0, 2) : null;
        return surnames.contains(token.substring(0, 1)) || two != null && surnames.contains(two);
    }

    /** One to three person names and nothing else ("王荣 王晓丽"), else null. */
    public List<String> bareNames(String text) {
        if (text.length() > 40 || text.isEmpty() || !Character.isIdeographic(text.codePointAt(0))) {
            return null; // cheaper than splitting: no run of three names is longer, and a name opens with a Han character
        }
        List<String> tokens = unpadded(spaceSeparated(text));
        if (tokens.isEmpty() || tokens.size() > 3) {
            return null;
        }
        for (String token : tokens) {
            if (!isPersonName(token)) {
                return null;
            }
        }
        return tokens;
    }

    private static List<String> spaceSeparated(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', start)) {
            if (i > start) {
                out.add(text.substring(start, i));
            }
            start = i + 1;
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }

    /** Some papers set a box or bullet before a byline ("□本报记者 王可"). */
    private static String withoutLeadingSymbol(String text) {
        String t = text.trim();
        while (!t.isEmpty() && "□■◎●○◆◇★☆".indexOf(t.charAt(0)) >= 0) {
            t = t.substring(1).trim();
        }
        return t;
    }

    static String unbracket(String text) {
        String t = text.trim();
        if ((t.startsWith("(") || t.startsWith("（")) && (t.endsWith(")") || t.endsWith("）")) && t.length() > 2) {
            return t.substring(1, t.length() - 1).trim();
        }
        return t;
    }

    /**
     * A byline trailing the last paragraph after a space ("…赵喜明说。 郭建祯", "…。（记者 王可）"): the
     * paragraph without it, the byline and its names; null when there is none.
     */
    public Trailing trailingByline(String text) {
        int cut = text.lastIndexOf(' ');
        if (text.endsWith(")") || text.endsWith("）")) {
            int open = Math.max(text.lastIndexOf('('), text.lastIndexOf('（'));
            if (open > 0) {
                cut = open;
            }
        }
        if (cut <= 0) {
            return null;
        }
        // Walk back over up to three names separated by spaces ("…。 王荣 王晓丽").
        String head = text.substring(0, cut).stripTrailing();
        String tail = text.substring(cut).trim();
        for (int i = 0; i < 2 && !terminal(head); i++) {
            int prev = head.lastIndexOf(' ');
            if (prev <= 0) {
                break;
            }
            String candidate = head.substring(prev).trim();
            if (!isPersonName(candidate)) {
                break;
            }
            tail = candidate + " " + tail;
            head = head.substring(0, prev).stripTrailing();
        }
        if (head.isEmpty() || !terminal(head)) {
            return trailingSignature(text);
        }
        List<String> names = bylineNames(tail);
        if (names == null) {
            names = bareNames(tail);
        }
        String rule = "names-trailing-last-paragraph";
        if (names == null) {
            names = closingCredit(tail);
            rule = "closing-bracket-credit";
        }
        if (names == null || names.isEmpty()) {
            return trailingSignature(text);
        }
        return new Trailing(head, tail, names, rule);
    }

    /** A reader's place and name closing the last paragraph ("…遮阳棚。  湖北宜昌市  孙先生"), or null. */
    Trailing trailingSignature(String text) {
        int cut = text.length();
        for (int words = 0; words < 5; words++) {
            cut = text.lastIndexOf(' ', cut - 1);
            if (cut <= 0) {
                return null;
            }
            String head = text.substring(0, cut).stripTrailing();
            if (terminal(head)) {
                String tail = text.substring(cut).trim();
                List<String> names = letterSignature(tail);
                return names == null ? null : new Trailing(head, tail, names, "place-and-name-trailing-last-paragraph");
            }
        }
        return null;
    }

    // ---- closing lines -----------------------------------------------------------------------------

    /**
     * A reader's signature: one to three place words, the last ending like a place ("杭州市", "苍溪县"),
     * then a name or a family name with an honorific ("浙江杭州市  赵敏", "湖北宜昌市  孙先生"). The name, or null.
     */
    public List<String> letterSignature(String text) {
        if (text.length() > 40 || text.indexOf(' ') < 0) {
            return null;
        }
        List<String> tokens = unpadded(spaceSeparated(text));
        if (tokens.size() < 2 || tokens.size() > 4) {
            return null;
        }
        String name = tokens.get(tokens.size() - 1);
        if (!isPersonName(name) && !honoured(name)) {
            return null;
        }
        for (String place : tokens.subList(0, tokens.size() - 1)) {
            int n = place.codePointCount(0, place.length());
            if (n < 2 || n > 12 || !HAN_NAME_CHARS.matcher(place).matches()) {
                return null;
            }
        }
        String lastPlace = tokens.get(tokens.size() - 2);
        for (String suffix : placeSuffixes) {
            if (lastPlace.endsWith(suffix) && lastPlace.length() > suffix.length()) {
                return List.of(name);
            }
        }
        return null;
    }

    /** A family name and an honorific ("孙先生", "欧阳女士"). */
    private boolean honoured(String token) {
        for (String h : honorifics) {
            if (token.endsWith(h)) {
                String family = token.substring(0, token.length() - h.length());
                return surnames.contains(family);
            }
        }
        return false;
    }

    /** A bracketed note that closes a body and names no byline ("（作者为…）", "（摘编自…）", "（…参与采写）"). */
    public boolean closingNote(String text) {
        if (!(text.startsWith("(") || text.startsWith("（")) || !(text.endsWith(")") || text.endsWith("）"))) {
            return false;
        }
        return closingNotes.find(text);
    }

    /**
     * A bracketed credit closing an article, with where it was filed and its reporters ("（本报北京、上海、
     * 广州5月8日电  记者王刚、李明、张华）"): the reporters, or null.
     */
    public List<String> closingCredit(String text) {
        if (!(text.startsWith("(") || text.startsWith("（")) || !(text.endsWith(")") || text.endsWith("）"))) {
            return null;
        }
        for (Pattern p : closingCredits) {
            Matcher m = p.matcher(text);
            if (m.matches()) {
                String byline = Datelines.group(m, "byline");
                List<String> names = byline == null ? null : bylineNames(byline);
                if (names != null && !names.isEmpty()) {
                    return names;
                }
            }
        }
        return null;
    }


    /** The value of a catalogue field's label line ("专栏：" → "", "专栏：人民论坛" → "人民论坛"), or null. */
    public String fieldLabel(String text) {
        for (String label : fieldLabels) {
            if (text.startsWith(label) && text.length() > label.length()) {
                char colon = text.charAt(label.length());
                if (colon == '：' || colon == ':') {
                    String value = text.substring(label.length() + 1).trim();
                    return value.codePointCount(0, value.length()) <= 20 && !terminal(value) ? value : null;
                }
            }
        }
        return null;
    }

    /** A headline line that stops on a word leading into the next line ("打造具有国际竞争力的"). */
    public boolean danglingEnd(String text) {
        return endsWithAny(text, danglingEnds);
    }

    /** Text that starts where no paragraph can ("，为今年…", "的发展…"): the rest of a sentence printed elsewhere. */
    public boolean fragmentStart(String text) {
        return fragmentStarts.lookingAt(text);
    }

    /** A paragraph without its trailing byline. */
    public record Trailing(String paragraph, String byline, List<String> names, String rule) {
    }
}
