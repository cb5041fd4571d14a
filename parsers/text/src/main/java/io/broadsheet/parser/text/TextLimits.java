package io.broadsheet.parser.text;

/**
 * The lengths (in characters) that separate headlines, headings and captions from body text.
 *
 * @param maxHeadline          longest unmarked line taken as a headline line
 * @param maxMarkedHeadline    longest line with '#' markers taken as a headline line
 * @param maxSectionHeading    longest line taken as a section heading inside an article
 * @param maxRubricWord        longest word of a column rubric printed as short phrases ("慎终如始 精准防控")
 * @param maxName              longest person name in a byline or credit
 * @param maxIsolatedCaption   longest caption standing alone between picture gaps without a credit
 * @param minDuplicate         shortest block checked for being a repeat of earlier text
 * @param pictureGap           blank lines that mark the space of a picture
 * @param maxPageMegabytes     larger pages are refused (a page is read whole)
 */
public record TextLimits(
        int maxHeadline,
        int maxMarkedHeadline,
        int maxSectionHeading,
        int maxRubricWord,
        int maxName,
        int maxIsolatedCaption,
        int minDuplicate,
        int pictureGap,
        int maxPageMegabytes) {

    public static final TextLimits DEFAULT = new TextLimits(48, 80, 20, 6, 4, 80, 8, 2, 64);

    public TextLimits {
        positive("maxHeadline", maxHeadline);
        positive("maxMarkedHeadline", maxMarkedHeadline);
        positive("maxSectionHeading", maxSectionHeading);
        positive("maxRubricWord", maxRubricWord);
        positive("maxName", maxName);
        positive("maxIsolatedCaption", maxIsolatedCaption);
        positive("minDuplicate", minDuplicate);
        positive("pictureGap", pictureGap);
        positive("maxPageMegabytes", maxPageMegabytes);
        if (maxName < 2) {
            throw new IllegalArgumentException("maxName must be at least 2 (names have two characters or more)");
        }
    }

    private static void positive(String key, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(key + " must be at least 1, got " + value);
        }
    }
}
