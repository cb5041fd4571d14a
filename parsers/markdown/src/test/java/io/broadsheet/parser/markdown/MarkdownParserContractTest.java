package io.broadsheet.parser.markdown;

import io.broadsheet.core.spi.Parser;
import io.broadsheet.core.spi.SourceInput;
import io.broadsheet.testkit.ParserContract;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

class MarkdownParserContractTest extends ParserContract<MarkdownParserOptions> {

    @Override
    protected Parser<MarkdownParserOptions> parser() {
        return new MarkdownParser();
    }

    @Override
    protected List<SourceInput> samples() throws IOException {
        List<SourceInput> samples = new ArrayList<>();
        for (String name : List.of("own-article.md", "own-photo.md", "plain-several.md", "hugo-dated.md")) {
            try (InputStream in = getClass().getResourceAsStream("/markdown/" + name)) {
                samples.add(SourceInput.ofBytes("fixtures/" + name, in.readAllBytes()));
            }
        }
        return samples;
    }
}
