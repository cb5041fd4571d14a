package io.broadsheet.parser.epub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.broadsheet.core.error.InputException;
import io.broadsheet.core.error.LimitExceededException;
import io.broadsheet.core.spi.ParseSession;
import io.broadsheet.core.spi.SourceInput;
import io.broadsheet.parser.epub.EpubParserOptions.Split;
import io.broadsheet.testkit.CollectingSink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Malformed and hostile books fail with a clear error naming the book (and entry); other books still parse. */
@Timeout(30)
class HostileEpubTest {

    private static final String BOMB_OPF = """
            <?xml version="1.0"?>
            <!DOCTYPE package [
              <!ENTITY lol "lol">
              <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
              <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
              <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
              <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
              <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
              <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
              <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            <package xmlns="http://www.idpf.org/2007/opf" version="3.0">
              <metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>&lol9;</dc:title></metadata>
              <manifest/><spine/>
            </package>
            """;

    private static final String XXE_OPF = """
            <?xml version="1.0"?>
            <!DOCTYPE package [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <package xmlns="http://www.idpf.org/2007/opf" version="3.0">
              <metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>&secret;</dc:title></metadata>
              <manifest/><spine/>
            </package>
            """;

    private static Map<String, byte[]> own() {
        return Books.folder("own");
    }

    @Test
    void truncatedZipNamesTheBook() {
        byte[] epub = Books.zip(own());
        byte[] truncated = Arrays.copyOf(epub, epub.length / 2);

        assertThatThrownBy(() -> Books.parse("books/cut.epub", truncated))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("books/cut.epub: not a readable EPUB: the zip is damaged or truncated");
    }

    @Test
    void damagedEntryNamesBookAndEntry() {
        Map<String, byte[]> book = own();
        byte[] epub = Books.zip(book);
        // Flip bytes in the middle of the first article's compressed data.
        int at = indexOf(epub, Books.utf8("OEBPS/articles/a-0001.xhtml")) + 40;
        for (int i = at; i < at + 30; i++) {
            epub[i] ^= (byte) 0x5A;
        }

        assertThatThrownBy(() -> Books.parse("books/bad.epub", epub))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("books/bad.epub: entry 'OEBPS/articles/a-0001.xhtml' is damaged");
    }

    @Test
    void zipBombIsRefusedWhileInflating() {
        Map<String, byte[]> book = own();
        book.put("OEBPS/articles/a-0001.xhtml", new byte[64 * 1024 * 1024]);

        long start = System.nanoTime();
        assertThatThrownBy(() -> Books.parse("books/bomb.epub", Books.zip(book)))
                .isInstanceOf(LimitExceededException.class)
                .hasMessage("books/bomb.epub: entry 'OEBPS/articles/a-0001.xhtml' inflates to more than 100 times"
                        + " its compressed size: refusing a zip bomb");
        assertThat(System.nanoTime() - start).as("refused early, not after inflating it all").isLessThan(10_000_000_000L);
    }

    @Test
    void totalInflatedSizeIsLimited(@TempDir Path dir) throws Exception {
        Map<String, byte[]> book = own();
        byte[] noise = new byte[3 * 1024 * 1024];
        new Random(7).nextBytes(noise);
        book.put("OEBPS/articles/a-0002.xhtml", noise);
        Path file = Files.write(dir.resolve("big.epub"), Books.zip(book));

        assertThatThrownBy(() -> Books.parse(SourceInput.ofFile(file, "books/big.epub"),
                new EpubParserOptions(Split.DOCUMENT, 10_000, 2, 100)))
                .isInstanceOf(LimitExceededException.class)
                .hasMessage("books/big.epub: the book inflates to more than maxTotalMegabytes (2 MB),"
                        + " at entry 'OEBPS/articles/a-0002.xhtml'");
    }

    @Test
    void aStreamedBookIsCopiedOnlyWithinTheSizeLimit() {
        byte[] noise = new byte[3 * 1024 * 1024];
        new Random(7).nextBytes(noise);

        assertThatThrownBy(() -> Books.parse(SourceInput.ofBytes("books/huge.epub", noise),
                new EpubParserOptions(Split.DOCUMENT, 10_000, 2, 100)))
                .isInstanceOf(LimitExceededException.class)
                .hasMessage("books/huge.epub: larger than maxTotalMegabytes (2 MB)");
    }

    @Test
    void entryCountIsLimited() {
        assertThatThrownBy(() -> Books.parse(SourceInput.ofBytes("books/many.epub", Books.zip(own())),
                new EpubParserOptions(Split.DOCUMENT, 5, 512, 100)))
                .isInstanceOf(LimitExceededException.class)
                .hasMessage("books/many.epub: more than maxEntries (5) zip entries");
    }

    @Test
    void entityExpansionBombInThePackageDocumentIsRefused() {
        Map<String, byte[]> book = own();
        book.put("OEBPS/content.opf", Books.utf8(BOMB_OPF));

        assertThatThrownBy(() -> Books.parse("books/laughs.epub", Books.zip(book)))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("books/laughs.epub: entry 'OEBPS/content.opf' is not safe, well-formed XML")
                .hasMessageContaining("lol9");
    }

    @Test
    void externalEntityInThePackageDocumentIsNeverFetched() {
        Map<String, byte[]> book = own();
        book.put("OEBPS/content.opf", Books.utf8(XXE_OPF));

        assertThatThrownBy(() -> Books.parse("books/xxe.epub", Books.zip(book)))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("books/xxe.epub: entry 'OEBPS/content.opf' is not safe, well-formed XML")
                .hasMessageContaining("secret")
                .hasMessageNotContaining("root:");
    }

    @Test
    void entitiesDeclaredInAnXhtmlDocumentAreLeftAsText() {
        Map<String, byte[]> book = Books.folder("thirdparty");
        book.put("text/c2.xhtml", Books.utf8("""
                <?xml version="1.0"?>
                <!DOCTYPE html [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
                  <!ENTITY x SYSTEM "file:///etc/passwd">]>
                <html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title></head>
                <body><h1>实体</h1><p>&b; &x;</p></body></html>
                """));
        CollectingSink sink = Books.parse("books/ent.epub", Books.zip(book));

        assertThat(sink.articles()).extracting(a -> a.title()).contains("实体");
        assertThat(sink.articles().stream().filter(a -> "实体".equals(a.title())).findFirst().orElseThrow().paragraphs())
                .containsExactly("&b; &x;");
    }

    @Test
    void deeplyNestedMarkupDoesNotExhaustTheStack() {
        int depth = 100_000;
        String nested = "<div>".repeat(depth) + "<p>最深处的一段。</p>" + "<span><em>".repeat(depth) + "行内"
                + "</em></span>".repeat(depth) + "</div>".repeat(depth);
        Map<String, byte[]> book = Books.folder("thirdparty");
        book.put("text/c2.xhtml", Books.utf8("<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>深</title></head>"
                + "<body><h1>嵌套</h1>" + nested + "</body></html>"));
        // Repetitive markup compresses like a zip bomb: allow it, the point here is the nesting.
        CollectingSink sink = Books.parse(SourceInput.ofBytes("books/deep.epub", Books.zip(book)),
                new EpubParserOptions(Split.DOCUMENT, 10_000, 512, 1_000_000));

        assertThat(sink.articles().stream().filter(a -> "嵌套".equals(a.title())).findFirst().orElseThrow().paragraphs())
                .containsExactly("最深处的一段。行内");
    }

    @Test
    void entryClimbingOutOfTheBookIsRefused() {
        for (String name : new String[] {"../evil.xhtml", "OEBPS/../../evil.xhtml", "/etc/evil.xhtml", "C:/evil.xhtml"}) {
            Map<String, byte[]> book = own();
            book.put(name, Books.utf8("<html/>"));

            assertThatThrownBy(() -> Books.parse("books/slip.epub", Books.zip(book)))
                    .as(name)
                    .isInstanceOf(InputException.class)
                    .hasMessage("books/slip.epub: entry '" + name + "' has an absolute path or '..': refusing the book");
        }
    }

    @Test
    void missingContainerOrPackageIsAnError() {
        Map<String, byte[]> noContainer = own();
        noContainer.remove("META-INF/container.xml");
        assertThatThrownBy(() -> Books.parse("books/nc.epub", Books.zip(noContainer)))
                .isInstanceOf(InputException.class)
                .hasMessage("books/nc.epub: not an EPUB: no META-INF/container.xml");

        Map<String, byte[]> noPackage = own();
        noPackage.remove("OEBPS/content.opf");
        assertThatThrownBy(() -> Books.parse("books/np.epub", Books.zip(noPackage)))
                .isInstanceOf(InputException.class)
                .hasMessage("books/np.epub: the package document 'OEBPS/content.opf' named by META-INF/container.xml is missing");
    }

    @Test
    void notAZipAtAll() {
        assertThatThrownBy(() -> Books.parse("books/text.epub", Books.utf8("本报讯 这不是电子书。")))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("books/text.epub: not a readable EPUB");
    }

    @Test
    void wrongMimetypeIsAWarning() {
        Map<String, byte[]> book = own();
        book.put("mimetype", Books.utf8("application/zip"));
        CollectingSink sink = Books.parse("books/mt.epub", Books.zip(book));

        assertThat(sink.articles()).hasSize(3);
        assertThat(sink.warnings()).containsExactly(
                "books/mt.epub:0: 'mimetype' says 'application/zip', not application/epub+zip: reading it as an EPUB anyway");
    }

    @Test
    void aRefusedBookDoesNotSpoilTheNextOne() throws Exception {
        ParseSession session = Books.PARSER.open(Books.PARSER.defaultOptions());
        CollectingSink sink = new CollectingSink();
        Map<String, byte[]> bomb = own();
        bomb.put("OEBPS/content.opf", Books.utf8(BOMB_OPF));

        assertThatThrownBy(() -> session.parse(SourceInput.ofBytes("a.epub", Books.zip(bomb)), sink))
                .isInstanceOf(InputException.class);
        session.parse(SourceInput.ofBytes("b.epub", Books.zip(own())), sink);

        assertThat(sink.articles()).hasSize(3);
    }

    @Test
    void optionsAreValidated() {
        assertThatThrownBy(() -> new EpubParserOptions(Split.DOCUMENT, 0, 512, 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxEntries");
        assertThatThrownBy(() -> new EpubParserOptions(Split.DOCUMENT, 10, 0, 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxTotalMegabytes");
        assertThatThrownBy(() -> new EpubParserOptions(Split.DOCUMENT, 10, 512, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxCompressionRatio");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (haystack[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
