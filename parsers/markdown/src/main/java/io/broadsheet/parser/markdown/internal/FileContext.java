package io.broadsheet.parser.markdown.internal;

/** What the article builders need to know about the file they read: where it is, its charset and length. */
record FileContext(String path, String fileName, String charset, int lineCount) {

    static int countLines(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        int lines = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return text.endsWith("\n") ? lines : lines + 1;
    }
}
