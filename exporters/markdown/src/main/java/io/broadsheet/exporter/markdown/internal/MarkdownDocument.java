package io.broadsheet.exporter.markdown.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes Markdown blocks separated by one blank line, each ending its line, LF line ends. */
final class MarkdownDocument {

    private MarkdownDocument() {
    }

    static void writeBlocks(Writer out, List<String> blocks) throws IOException {
        for (int i = 0; i < blocks.size(); i++) {
            if (i > 0) {
                out.write('\n');
            }
            out.write(blocks.get(i));
            out.write('\n');
        }
    }
}
