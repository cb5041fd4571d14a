package io.broadsheet.exporter.epub.internal;

import io.broadsheet.exporter.epub.EpubExporterOptions;
import java.util.Locale;
import java.util.Set;

/**
 * The book's one stylesheet: Chinese body text (first-line indent of two characters, generous line
 * height, strict line breaking so no line starts with closing punctuation), CJK font stacks for
 * simplified or traditional script (from the language tag), optional vertical writing, then the operator's extra CSS.
 */
final class Stylesheet {

    static final String PATH = "styles/broadsheet.css";

    private static final String SERIF_HANS = "\"Songti SC\", \"STSong\", \"Source Han Serif SC\", \"Noto Serif CJK SC\","
            + " \"SimSun\", serif";
    private static final String SANS_HANS = "\"PingFang SC\", \"Hiragino Sans GB\", \"Source Han Sans SC\","
            + " \"Noto Sans CJK SC\", \"Microsoft YaHei\", sans-serif";
    private static final String SERIF_HANT = "\"Songti TC\", \"Source Han Serif TC\", \"Noto Serif CJK TC\","
            + " \"PMingLiU\", serif";
    private static final String SANS_HANT = "\"PingFang TC\", \"Source Han Sans TC\", \"Noto Sans CJK TC\","
            + " \"Microsoft JhengHei\", sans-serif";

    private static final String BASE = """
            @charset "UTF-8";

            html {
              line-break: strict;
              -webkit-line-break: strict;
              -epub-line-break: strict;
              word-break: normal;
              -epub-word-break: normal;
            }
            body {
              font-family: %1$s;
              line-height: 1.8;
              text-align: justify;
              overflow-wrap: break-word;
              margin: 0;
            }
            h1, h2, p.column, p.kicker, p.subtitle, p.byline, figcaption, nav, .titlepage {
              font-family: %2$s;
            }
            p {
              margin: 0;
              text-indent: 2em;
            }
            article + article {
              margin-top: 2.5em;
            }
            header p, figcaption, p.continued-to, p.continued-from, nav p, .titlepage p {
              text-indent: 0;
            }
            p.column {
              font-size: 0.85em;
              font-weight: bold;
              color: #8b1a1a;
            }
            p.kicker {
              font-size: 1em;
            }
            h1.title {
              font-size: 1.5em;
              line-height: 1.4;
              margin: 0.3em 0;
            }
            p.subtitle {
              font-size: 1.05em;
            }
            p.byline {
              font-size: 0.9em;
              margin: 0.5em 0 1em 0;
            }
            h2 {
              font-size: 1.15em;
              line-height: 1.5;
              margin: 1em 0 0.4em 0;
            }
            span.dateline {
              font-weight: bold;
            }
            figure.photo {
              margin: 1em 0;
            }
            figcaption {
              font-size: 0.9em;
            }
            span.credit {
              font-style: normal;
              color: #555555;
            }
            p.continued-to, p.continued-from {
              font-size: 0.9em;
              margin: 0.5em 0;
            }
            p.continued-to {
              text-align: end;
            }
            nav ol {
              list-style-type: none;
              padding-left: 1.5em;
            }
            .titlepage {
              text-align: center;
              margin-top: 20%%;
            }
            .titlepage h1 {
              font-size: 2em;
            }
            """;

    private static final String VERTICAL = """

            /* Vertical writing: columns run top to bottom, right to left. */
            html {
              -epub-writing-mode: vertical-rl;
              -webkit-writing-mode: vertical-rl;
              writing-mode: vertical-rl;
            }
            .titlepage {
              margin-top: 0;
              margin-right: 20%;
            }
            nav ol {
              padding-left: 0;
              padding-top: 1.5em;
            }
            """;

    private Stylesheet() {
    }

    /** Traditional characters: the Hant script, or a region that writes them when no script is given. */
    static boolean isTraditional(String languageTag) {
        Locale locale = Locale.forLanguageTag(languageTag);
        if (!locale.getScript().isEmpty()) {
            return locale.getScript().equals("Hant");
        }
        return locale.getLanguage().equals("zh") && Set.of("TW", "HK", "MO").contains(locale.getCountry());
    }

    static String css(EpubExporterOptions options) {
        boolean traditional = isTraditional(options.language());
        StringBuilder css = new StringBuilder(String.format(BASE,
                traditional ? SERIF_HANT : SERIF_HANS, traditional ? SANS_HANT : SANS_HANS));
        if (options.vertical()) {
            css.append(VERTICAL);
        }
        if (!options.extraCss().isBlank()) {
            css.append("\n/* extraCss from the configuration */\n").append(XmlText.clean(options.extraCss())).append('\n');
        }
        return css.toString();
    }
}
