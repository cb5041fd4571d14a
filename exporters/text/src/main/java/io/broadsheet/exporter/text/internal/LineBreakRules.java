package io.broadsheet.exporter.text.internal;

/**
 * Where a line may break, after the Chinese rules (GB/T 15834, the W3C "Requirements for Chinese Text
 * Layout"): never before closing punctuation, never after opening punctuation, anywhere between two
 * characters when one of them is wide (Han, kana, Hangul, fullwidth forms), and inside Latin text only
 * at spaces.
 */
final class LineBreakRules {

    /** Must not start a line. */
    private static final String CLOSING = "，。、；：？！）」』”’》〉】〕〗〙〛｝］｠…‥·・％‰℃°々〃ー"
            + "﹐﹑﹒﹔﹕﹖﹗﹚﹜﹞,.;:?!)]}%";
    /** Must not end a line. */
    private static final String OPENING = "（「『“‘《〈【〔〖〘〚｛［｟﹙﹛﹝([{";

    private LineBreakRules() {
    }

    static boolean isClosing(int cp) {
        return cp < 0x10000 && CLOSING.indexOf(cp) >= 0;
    }

    static boolean isOpening(int cp) {
        return cp < 0x10000 && OPENING.indexOf(cp) >= 0;
    }

    /** Whether a line may break between {@code before} and {@code after}, with nothing between them. */
    static boolean canBreakBetween(int before, int after) {
        if (isClosing(after) || isOpening(before) || EastAsianWidth.columns(after) == 0) {
            return false;
        }
        return EastAsianWidth.isWide(before) || EastAsianWidth.isWide(after);
    }

    /** Whether a line may break at spaces between {@code before} and {@code after}. */
    static boolean canBreakAtSpace(int before, int after) {
        return !isClosing(after) && !isOpening(before);
    }
}
