package io.broadsheet.parser.text.internal;

import io.broadsheet.parser.text.TextLexicon;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Photo credits ("薛礼伟 摄", "…游览。新华社记者  刘洋摄", "（影像中国）") and caption cues ("图为"). Immutable. */
public final class PhotoCredits {

    private final Rules rules;
    private final List<String> creditMarkers;
    private final Set<String> photoSources;

    PhotoCredits(TextLexicon lexicon, Rules rules) {
        this.rules = rules;
        this.creditMarkers = Rules.longestFirst(lexicon.creditMarkers());
        this.photoSources = Set.copyOf(lexicon.photoSources());
    }

    /** A photo credit closing the text ("薛礼伟 摄", "…作用。 王荣 王晓丽 摄", "(新华社记者 李响 摄)"), or null. */
    public Credit credit(String text) {
        Credit graphic = graphicCredit(text);
        if (graphic != null) {
            return graphic;
        }
        for (String phrase : rules.lexicon.creditPhrases()) {
            if (text.equals(phrase) || text.endsWith(" " + phrase)) {
                String caption = text.substring(0, text.length() - phrase.length()).trim();
                if (caption.isEmpty() || rules.terminal(caption)) {
                    return new Credit(caption.isEmpty() ? null : caption, phrase, List.of());
                }
            }
        }
        // A source in brackets after the credit ("韩加君摄（影像中国）") belongs to the credit.
        if (text.endsWith(")") || text.endsWith("）")) {
            int open = Math.max(text.lastIndexOf('('), text.lastIndexOf('（'));
            if (open > 0 && !Character.isWhitespace(text.charAt(open - 1))) {
                Credit inner = credit(text.substring(0, open));
                if (inner != null) {
                    return new Credit(inner.caption(), inner.credit() + text.substring(open), inner.names());
                }
            }
            Credit tagged = open >= 0 ? sourceTag(text, open) : null;
            if (tagged != null) {
                return tagged;
            }
        }
        // A bracketed credit is read without its brackets; the credit then starts at the bracket.
        String body = text;
        int bracket = -1;
        if (text.endsWith(")") || text.endsWith("）")) {
            bracket = Math.max(text.lastIndexOf('('), text.lastIndexOf('（'));
            if (bracket < 0) {
                return null;
            }
            body = text.substring(bracket + 1, text.length() - 1).trim();
        }
        List<String> tokens = new ArrayList<>(List.of(body.split(" ")));
        unpadCreditedName(tokens);
        if (!takeMarker(tokens)) {
            return null;
        }
        List<String> names = new ArrayList<>();
        int first = tokens.size();
        String gluedCaption = null;
        while (first > 0 && tokens.size() - first < 6) {
            String token = stripSlash(tokens.get(first - 1));
            String glued = rules.gluedRole(token, true);
            if (rules.isRole(token) || rules.lexicon.agencies().contains(token)) {
                first--;
                continue;
            }
            if (rules.isName(token)) {
                names.add(0, token);
            } else if (glued != null) {
                names.add(0, token.substring(glued.length()));
            } else {
                gluedCaption = captionGluedToRole(token);
                break;
            }
            first--;
        }
        if (names.isEmpty()) {
            return null;
        }
        if (gluedCaption != null && bracket < 0) {
            // "…游览。新华社记者  刘洋摄": the caption runs into the photographer's outlet and role.
            String caption = (first > 1 ? String.join(" ", tokens.subList(0, first - 1)) + " " : "") + gluedCaption;
            return new Credit(caption, text.substring(caption.length()).trim(), names);
        }
        String caption;
        String credit;
        if (bracket >= 0) {
            if (first > 0) {
                return null;
            }
            caption = text.substring(0, bracket).trim();
            credit = text.substring(bracket).trim();
        } else {
            caption = String.join(" ", tokens.subList(0, first)).trim();
            credit = text.substring(caption.length()).trim();
            if (!caption.isEmpty() && !rules.terminal(caption)) {
                return null;
            }
        }
        return new Credit(caption.isEmpty() ? null : caption, credit, names);
    }

    /**
     * A graphic's credit alone on its line, label first ("制图：汪哲平", "漫画： 李  强"): the graphic
     * has no caption; every token after the colon must be a name.
     */
    private Credit graphicCredit(String text) {
        for (String label : rules.lexicon.graphicCreditLabels()) {
            if (!text.startsWith(label)) {
                continue;
            }
            String rest = text.substring(label.length()).trim();
            if (!rest.startsWith("：") && !rest.startsWith(":")) {
                return null;
            }
            List<String> tokens = new ArrayList<>(List.of(rest.substring(1).trim().split(" ")));
            joinPaddedName(tokens);
            List<String> names = new ArrayList<>();
            for (String token : tokens) {
                if (!rules.isName(token)) {
                    return null;
                }
                names.add(token);
            }
            return names.isEmpty() ? null : new Credit(null, text, names, true);
        }
        return null;
    }

    /** A two-character name padded to three characters' width ("李  强") is one token again. */
    private void joinPaddedName(List<String> tokens) {
        tokens.removeIf(String::isEmpty);
        if (tokens.size() == 2 && Rules.oneHan(tokens.get(0)) && Rules.oneHan(tokens.get(1)) && rules.isSurname(tokens.get(0))) {
            tokens.set(0, tokens.get(0) + tokens.remove(1));
        }
    }

    /** A source tag after a caption or credit ("（影像中国）"): the photo it closes, or null. */
    private Credit sourceTag(String text, int open) {
        String tag = text.substring(open + 1, text.length() - 1).trim();
        if (!photoSources.contains(tag)) {
            return null;
        }
        String before = text.substring(0, open).trim();
        Credit inner = before.isEmpty() ? null : credit(before);
        if (inner != null) {
            return new Credit(inner.caption(), inner.credit() + text.substring(open), inner.names());
        }
        return before.isEmpty() || rules.terminal(before) ? new Credit(before.isEmpty() ? null : before, text.substring(open), List.of()) : null;
    }

    /** The caption part of a token where a sentence runs into an outlet's role ("…游览。新华社记者"), or null. */
    private String captionGluedToRole(String token) {
        for (int i = token.length() - 2; i > 0; i--) {
            if (rules.sentenceEnd(token.substring(i, i + 1))) {
                String role = token.substring(i + 1);
                return rules.isRole(role) || rules.lexicon.agencies().contains(role) ? token.substring(0, i + 1) : null;
            }
        }
        return null;
    }

    /** A padded photographer's name split before the marker ("李  强摄") is one token again ("李强摄"). */
    private void unpadCreditedName(List<String> tokens) {
        int n = tokens.size();
        if (n < 2) {
            return;
        }
        String last = tokens.get(n - 1);
        String prev = tokens.get(n - 2);
        if (Rules.oneHan(prev) && rules.isSurname(prev) && last.length() >= 2 && Character.isIdeographic(last.charAt(0))) {
            String marker = last.substring(1);
            if (creditMarkers.contains(marker)) {
                tokens.set(n - 2, prev + last);
                tokens.remove(n - 1);
            }
        }
    }

    /** Removes the credit marker ending the last token ("摄", "/摄", "李响摄"); false when there is none. */
    private boolean takeMarker(List<String> tokens) {
        String last = tokens.get(tokens.size() - 1);
        for (String m : creditMarkers) {
            if (stripLeadingSlash(last).equals(m)) {
                tokens.remove(tokens.size() - 1);
                return !tokens.isEmpty();
            }
            if (last.endsWith(m)) {
                String stem = stripSlash(last.substring(0, last.length() - m.length()));
                if (rules.isName(stem) || rules.gluedRole(stem, true) != null) {
                    tokens.set(tokens.size() - 1, stem);
                    return true;
                }
            }
        }
        return false;
    }

    private static String stripLeadingSlash(String token) {
        return token.startsWith("/") || token.startsWith("／") ? token.substring(1) : token;
    }

    private static String stripSlash(String token) {
        String t = token;
        while (t.endsWith("/") || t.endsWith("／")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    /**
     * @param caption the caption printed before the credit on the same line, or null
     * @param graphic the credit of a graphic, label first ("制图：汪哲平")
     */
    public record Credit(String caption, String credit, List<String> names, boolean graphic) {
        Credit(String caption, String credit, List<String> names) {
            this(caption, credit, names, false);
        }
    }

    public boolean captionCue(String text) {
        for (String cue : rules.lexicon.captionCues()) {
            if (text.startsWith(cue)) {
                return true;
            }
        }
        // A cue after a full stop ("…。图为…"): one pass over the stops, not one scan of the text per cue.
        for (int stop = text.indexOf('。'); stop >= 0; stop = text.indexOf('。', stop + 1)) {
            for (String cue : rules.lexicon.captionCues()) {
                if (cue.length() >= 2 && text.startsWith(cue, stop + 1)) {
                    return true;
                }
            }
        }
        return false;
    }
}
