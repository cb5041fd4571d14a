package io.broadsheet.parser.json;

import io.broadsheet.core.json.ArticleJson;
import io.broadsheet.core.spi.Parser;
import io.broadsheet.core.spi.SourceInput;
import io.broadsheet.testkit.ArticleGenerator;
import io.broadsheet.testkit.ParserContract;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

class JsonParserContractTest extends ParserContract<JsonParserOptions> {

    @Override
    protected Parser<JsonParserOptions> parser() {
        return new JsonParser();
    }

    @Override
    protected List<SourceInput> samples() {
        String lines = new ArticleGenerator(3).hostile(true).generate(50).stream().map(ArticleJson::write)
                .collect(Collectors.joining("\n", "\uFEFF", "\n"));
        return List.of(SourceInput.ofBytes("archive/articles.jsonl", lines.getBytes(StandardCharsets.UTF_8)));
    }
}
