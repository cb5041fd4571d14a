package io.broadsheet.parser.text;

import io.broadsheet.core.spi.Parser;
import io.broadsheet.core.spi.SourceInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The parser contract every plugin passes, on every fixture page and the bundled sample archive. */
class TextParserContractTest extends io.broadsheet.testkit.ParserContract<TextParserOptions> {

    @Override
    protected Parser<TextParserOptions> parser() {
        return new TextParser();
    }

    @Override
    protected List<SourceInput> samples() throws IOException {
        List<SourceInput> inputs = new ArrayList<>();
        for (String name : List.of("consistent-markers.txt", "misleading-markers.txt", "no-markers.txt", "photos.txt",
                "jumps.txt", "letter.txt", "layout-splits.txt", "duplicates.txt", "gb18030.txt", "utf16le-bom.txt")) {
            inputs.add(Pages.input(name));
        }
        Path sample = Path.of("../../samples/archive");
        try (Stream<Path> files = Files.walk(sample)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                inputs.add(SourceInput.ofFile(p, sample.relativize(p).toString().replace('\\', '/')));
            }
        }
        return inputs;
    }
}
