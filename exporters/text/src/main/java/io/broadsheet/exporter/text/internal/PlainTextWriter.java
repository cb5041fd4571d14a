package io.broadsheet.exporter.text.internal;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.spi.OutputTarget;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Renders articles as text: blocks separated by one blank line, every line wrapped, LF line ends. */
final class PlainTextWriter {

    private PlainTextWriter() {
    }

    /** The article's text, ending with a line break; empty when it has nothing to print. */
    static String render(Article article, LineWrapper wrapper) {
        StringBuilder out = new StringBuilder();
        for (List<String> block : PlainArticle.blocks(article)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            for (String line : block) {
                for (String wrapped : wrapper.wrap(line)) {
                    out.append(wrapped).append('\n');
                }
            }
        }
        return out.toString();
    }

    /** A staged UTF-8 file whose encoder reports unmappable input instead of writing '?'. */
    static Writer create(OutputTarget target, String fileName) throws IOException {
        String path = target.name() + "/" + fileName;
        // No BufferedWriter: the encoder already buffers 8 KB of bytes, and a second 16 KB buffer for
        // every article's file was a tenth of all the memory a conversion to every format allocated.
        return new OutputStreamWriter(target.create(path), StandardCharsets.UTF_8.newEncoder());
    }
}
