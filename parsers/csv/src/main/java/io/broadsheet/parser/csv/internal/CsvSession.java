package io.broadsheet.parser.csv.internal;

import io.broadsheet.core.error.InputException;
import io.broadsheet.core.error.LimitExceededException;
import io.broadsheet.core.spi.ArticleSink;
import io.broadsheet.core.spi.ParseSession;
import io.broadsheet.core.spi.SourceInput;
import io.broadsheet.parser.csv.CsvParserOptions;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;

/**
 * One run of the CSV parser. Each file is streamed: its first 64 KiB choose the charset and the
 * delimiter, then records are read one at a time, so a file of any size needs memory for one row
 * (or one article, in paragraph mode).
 */
public final class CsvSession implements ParseSession {

    private static final int SAMPLE = 64 * 1024;

    private final CsvParserOptions options;

    public CsvSession(CsvParserOptions options) {
        this.options = options;
    }

    @Override
    public void parse(SourceInput input, ArticleSink sink) throws IOException {
        try (InputStream raw = input.open()) {
            BufferedInputStream in = new BufferedInputStream(raw, SAMPLE + 1);
            in.mark(SAMPLE + 1);
            byte[] head = in.readNBytes(SAMPLE);
            in.reset();
            CharsetChoice choice = CharsetChoice.of(head, head.length, options.encoding());
            in.skipNBytes(choice.skip());
            char delimiter = DelimiterGuess.resolve(options.delimiter(), firstLine(head, choice));
            Reader reader = new InputStreamReader(in, choice.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT));
            RecordSplitter records = new RecordSplitter(reader, delimiter, options.maxRecordLines());
            try {
                new TableReader(options, input.path(), choice.charset().name(), records, delimiter).read(sink);
            } catch (RecordSplitter.TooLong e) {
                throw new LimitExceededException(input.path(), e.line(), e.getMessage() + ": refusing the file");
            } catch (CharacterCodingException e) {
                throw new InputException(input.path(), records.line(), "not valid " + choice.charset().name()
                        + " text; set the 'encoding' option", e);
            }
        }
    }

    private static String firstLine(byte[] head, CharsetChoice choice) {
        String text = new String(head, choice.skip(), head.length - choice.skip(), choice.charset());
        int end = 0;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return text.substring(0, end);
    }
}
