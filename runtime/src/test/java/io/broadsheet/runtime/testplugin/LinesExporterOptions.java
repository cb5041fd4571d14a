package io.broadsheet.runtime.testplugin;

import java.util.List;

/** Options of the test exporter. */
public record LinesExporterOptions(String failOn, Case letterCase, int repeat, List<String> prefixes, Frame frame) {
    public enum Case { KEEP, UPPER }

    public record Frame(String open, String close) {
        public Frame {
            if (open != null && open.length() > 3) {
                throw new IllegalArgumentException("frame.open must be at most 3 characters");
            }
        }
    }

    public LinesExporterOptions {
        if (repeat < 1) {
            throw new IllegalArgumentException("repeat must be 1 or more, not " + repeat);
        }
    }
}
