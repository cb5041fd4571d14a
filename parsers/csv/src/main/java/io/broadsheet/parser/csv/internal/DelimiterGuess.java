package io.broadsheet.parser.csv.internal;

/** The delimiter of a header line: the most frequent of , ; TAB | outside quotes (a comma on a tie or none). */
final class DelimiterGuess {

    private static final char[] CANDIDATES = {',', '\t', ';', '|'};

    private DelimiterGuess() {
    }

    static char guess(String headerLine) {
        int[] counts = new int[CANDIDATES.length];
        boolean quoted = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char c = headerLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                for (int k = 0; k < CANDIDATES.length; k++) {
                    if (c == CANDIDATES[k]) {
                        counts[k]++;
                    }
                }
            }
        }
        int best = 0;
        for (int k = 1; k < CANDIDATES.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return CANDIDATES[best];
    }

    /** The option's delimiter, or the guess from the header when it is {@code auto}. */
    static char resolve(String option, String headerLine) {
        if (option.equalsIgnoreCase("auto")) {
            return guess(headerLine);
        }
        return option.equalsIgnoreCase("tab") ? '\t' : option.charAt(0);
    }
}
