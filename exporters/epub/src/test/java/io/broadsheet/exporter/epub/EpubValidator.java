package io.broadsheet.exporter.epub;

import static org.assertj.core.api.Assertions.assertThat;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** W3C EPUBCheck, run in this JVM; a book passes with no fatal error, no error and no warning. */
public final class EpubValidator {

    private EpubValidator() {
    }

    public static void assertValid(Path epub) {
        CollectingReport report = new CollectingReport();
        new EpubCheck(epub.toFile(), report).check();
        assertThat(report.problems).as("EPUBCheck %s on %s", EpubCheck.version(), epub.getFileName()).isEmpty();
        assertThat(report.getFatalErrorCount() + report.getErrorCount() + report.getWarningCount()).isZero();
    }

    /** Keeps every message of severity warning or worse, with its place in the book. */
    private static final class CollectingReport extends MasterReport {
        private final List<String> problems = new ArrayList<>();

        @Override
        public void message(Message message, EPUBLocation location, Object... args) {
            Severity severity = message.getSeverity();
            if (severity == Severity.WARNING || severity == Severity.ERROR || severity == Severity.FATAL) {
                problems.add(severity + " " + message.getID() + " " + location.getPath() + ":" + location.getLine()
                        + ":" + location.getColumn() + " " + message.getMessage(args));
            }
        }

        @Override
        public void info(String resource, FeatureEnum feature, String value) {
        }

        @Override
        public int generate() {
            return 0;
        }

        @Override
        public void initialize() {
        }
    }
}
