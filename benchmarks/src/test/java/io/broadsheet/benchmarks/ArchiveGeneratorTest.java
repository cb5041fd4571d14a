package io.broadsheet.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator on a 1 MiB archive (a fraction of a second); the benchmark itself never runs in the build. */
class ArchiveGeneratorTest {

    @TempDir
    Path temp;

    @Test
    void writesPagesOfTheRightSizeInTheEditionLayout() throws IOException {
        ArchiveGenerator.Summary summary = ArchiveGenerator.ensure(new ArchiveConfig(temp.resolve("a"), 1, 7));
        Archive archive = Archive.scan(summary.root());

        assertThat(summary.generated()).isTrue();
        assertThat(archive.bytes()).isEqualTo(summary.bytes()).isGreaterThanOrEqualTo(1024 * 1024);
        assertThat(archive.pages()).hasSize(summary.pages());
        for (Archive.Page page : archive.pages()) {
            assertThat(page.path()).matches("(qinghe-daily|songlin-evening|nanhu-metro)/\\d{4}-\\d{2}-\\d{2}/\\d{2}\\.txt");
            assertThat(page.size()).as(page.path()).isBetween(15_000L, 25_000L);
            // Valid UTF-8 throughout: the decode-only floor decodes strictly.
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(page.file())));
        }
    }

    @Test
    void sameSeedSameBytesOtherSeedOtherBytes() throws IOException {
        String a = digest(ArchiveGenerator.ensure(new ArchiveConfig(temp.resolve("a"), 1, 7)).root());
        String b = digest(ArchiveGenerator.ensure(new ArchiveConfig(temp.resolve("b"), 1, 7)).root());
        String c = digest(ArchiveGenerator.ensure(new ArchiveConfig(temp.resolve("c"), 1, 8)).root());
        assertThat(a).isEqualTo(b).isNotEqualTo(c);
    }

    @Test
    void reusesAMatchingArchiveRegeneratesAnotherAndLeavesForeignFoldersAlone() throws IOException {
        ArchiveConfig config = new ArchiveConfig(temp.resolve("a"), 1, 7);
        ArchiveGenerator.ensure(config);
        assertThat(ArchiveGenerator.ensure(config).generated()).isFalse();
        assertThat(ArchiveGenerator.ensure(new ArchiveConfig(config.root(), 2, 7)).generated()).isTrue();

        Path foreign = Files.createDirectories(temp.resolve("mine"));
        Files.writeString(foreign.resolve("notes.txt"), "keep me");
        assertThatThrownBy(() -> ArchiveGenerator.ensure(new ArchiveConfig(foreign, 1, 7)))
                .hasMessageContaining("refusing");
        assertThat(foreign.resolve("notes.txt")).hasContent("keep me");
    }

    @Test
    void pagesCarryTheShapesOfRawPageDumps() {
        List<String> edition = new PageComposer(7, 0, LocalDate.of(2023, 11, 10), 8).compose();
        String all = String.join("\n", edition);
        assertThat(all).contains("## ", "### ——", "#### ", "记者 ", "本报讯", "新华社", " 摄", "(下转第", "(上接第", "\n\n\n\n");
        // Every forward jump lands on a page of the edition that says where it came from.
        for (int p = 0; p < edition.size(); p++) {
            var jump = java.util.regex.Pattern.compile("\\(下转第(.+?)版\\)").matcher(edition.get(p));
            while (jump.find()) {
                int target = List.of("一", "二", "三", "四", "五", "六", "七", "八").indexOf(jump.group(1));
                assertThat(edition.get(target)).contains("(上接第" + PageComposer.chinese(p + 1) + "版)");
            }
        }
    }

    @Test
    void chineseNumerals() {
        assertThat(PageComposer.chinese(1)).isEqualTo("一");
        assertThat(PageComposer.chinese(10)).isEqualTo("十");
        assertThat(PageComposer.chinese(12)).isEqualTo("十二");
        assertThat(PageComposer.chinese(20)).isEqualTo("二十");
        assertThat(PageComposer.chinese(35)).isEqualTo("三十五");
    }

    private static String digest(Path root) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Archive.Page page : Archive.scan(root).pages()) {
                md.update(page.path().getBytes(StandardCharsets.UTF_8));
                md.update(Files.readAllBytes(page.file()));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
