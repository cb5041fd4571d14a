package io.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a person reads: help that wraps between words, never inside one, completion, a readable formats list. */
class HelpAndCompletionTest {

    /** No line ends inside a dotted, slashed or bracketed token while the next line goes on with it. */
    private static void wrapsBetweenWordsOnly(String help) {
        List<String> lines = Arrays.asList(help.split("\\R"));
        for (int i = 0; i + 1 < lines.size(); i++) {
            String line = lines.get(i).stripTrailing();
            String next = lines.get(i + 1).strip();
            boolean continues = !next.isEmpty() && (Character.isLowerCase(next.charAt(0)) || next.startsWith("/")
                    || next.startsWith("FORMAT"));
            boolean endsInsideToken = line.endsWith("[,") || line.endsWith("[") || line.endsWith("/")
                    || line.matches(".*[A-Za-z]\\.$") && !line.matches(".*\\s([A-Z][a-z]+|e\\.g)\\.$");
            assertThat(continues && endsInsideToken).as("line %d breaks inside a word:%n%s%n%s", i, line, next).isFalse();
        }
    }

    @Test
    void helpNeverBreaksInsideAnOptionNameOrExample() {
        for (String command : List.of("convert", "inspect", "run", "formats")) {
            String help = CliRunner.run(command, "--help").out();

            wrapsBetweenWordsOnly(help);
        }
        assertThat(CliRunner.run("convert", "--help").out())
                .contains("parsers.text.joinParagraphs=false", "./plugins", "-t, --to=FORMATS");
    }

    @Test
    void generateCompletionPrintsABashAndZshScript() {
        CliRunner.Result r = CliRunner.run("generate-completion");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("complete -F", "_picocli_broadsheet", "convert", "--from");
    }

    @Test
    void formatsIsReadableAndAFormatByNameShowsLongDefaultsOneItemPerLine() {
        CliRunner.Result all = CliRunner.run("formats");

        assertThat(all.exitCode()).as(all.err()).isZero();
        assertThat(all.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(200));
        assertThat(all.out()).contains("`broadsheet formats text` shows it");

        CliRunner.Result text = CliRunner.run("formats", "text");
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("\"agencies\" : [").doesNotContain("Exporters:\n  csv");
        assertThat(text.out().lines()).anySatisfy(line -> assertThat(line.strip()).isEqualTo("\"新华社\","));
    }
}
