package io.broadsheet.benchmarks;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.spi.ArticleSink;
import io.broadsheet.core.spi.ParseSession;
import io.broadsheet.core.spi.SourceInput;
import io.broadsheet.parser.text.TextParser;
import io.broadsheet.parser.text.TextParserOptions;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of the text parser over the whole synthetic archive (≥ 100 MiB, see {@link ArchiveGenerator}),
 * against the floor of reading and strictly decoding the same bytes.
 *
 * <p><b>Why one invocation is one pass over the whole archive ({@link Mode#SingleShotTime}).</b> The unit
 * that matters is an archive: the parser's session links continuations across pages and is finished
 * once, and a pass over thousands of pages of varied shapes averages out the cost differences between
 * pages — so each measured sample is already an average over ~5,000 pages and ~100 MB, and the samples
 * are stable to a few percent. Per-page invocations would instead need a page cursor kept across
 * invocations and would measure a per-page mix that depends on where the iteration boundaries fall.
 * Timing a full pass per sample also makes the arithmetic plain: MB/s = archive bytes / score.
 * Warm-up passes let the JIT compile the hot paths (a single pass already runs each of them tens of
 * thousands of times); the numbers of iterations below keep the whole run under ~5 minutes on 2 cores.
 *
 * <p>Both benchmarks are single-threaded ({@code @Threads(1)}): the score is throughput per core (the
 * JIT compiler and GC threads may still use the second core, as in a real run). The heap is fixed so
 * that heap resizing does not vary between samples. Pages are read from the file system each pass in
 * both benchmarks (from the page cache once warm), so the difference between them is the parser's work.
 *
 * <p>Score: milliseconds per pass ({@code ms/op}); {@code run.sh} turns it into MB/s from the archive's size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
public class ArchiveBenchmark {

    private Archive archive;
    private TextParser parser;
    private TextParserOptions options;
    private CountingSink lastPass;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        ArchiveGenerator.Summary summary = ArchiveGenerator.ensure(ArchiveConfig.fromSystemProperties());
        archive = Archive.scan(summary.root());
        if (archive.pages().isEmpty()) {
            throw new IllegalStateException("no pages in " + archive.root());
        }
        parser = new TextParser();
        options = parser.defaultOptions();
        System.out.printf("%n# archive: %s, %d pages, %d bytes (%.1f MB)%n", archive.root(), archive.pages().size(),
                archive.bytes(), archive.bytes() / 1e6);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (lastPass != null) {
            System.out.printf("%n# last parse pass: %d items (%d articles, %d photos, %d fragments), %d warnings%n",
                    lastPass.items, lastPass.articles, lastPass.photos, lastPass.fragments, lastPass.warnings);
        }
    }

    /** The floor: read every page's bytes and decode them as strict UTF-8 (malformed input is an error). */
    @Benchmark
    @Warmup(iterations = 5)
    @Measurement(iterations = 10)
    public long decodeOnly(Blackhole blackhole) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        long chars = 0;
        for (Archive.Page page : archive.pages()) {
            byte[] bytes = Files.readAllBytes(page.file());
            CharBuffer text = decoder.decode(ByteBuffer.wrap(bytes));
            chars += text.remaining();
            blackhole.consume(text);
        }
        return chars;
    }

    /** The text parser with its default options over every page, as one session (as a conversion runs it). */
    @Benchmark
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public long parseArchive() throws IOException {
        ParseSession session = parser.open(options);
        CountingSink sink = new CountingSink();
        for (Archive.Page page : archive.pages()) {
            try {
                session.parse(SourceInput.ofFile(page.file(), page.path()), sink);
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("the text parser failed on page " + page.path() + ": " + e, e);
            }
        }
        session.finish(sink);
        lastPass = sink;
        return sink.items;
    }

    /** Counts what the parser emits; keeps nothing. */
    static final class CountingSink implements ArticleSink {
        long items;
        long articles;
        long photos;
        long fragments;
        long warnings;

        @Override
        public void accept(Article article) {
            items++;
            switch (article.kind()) {
                case ARTICLE -> articles++;
                case PHOTO -> photos++;
                case FRAGMENT -> fragments++;
            }
        }

        @Override
        public void warn(String source, int line, String message) {
            warnings++;
        }
    }
}
