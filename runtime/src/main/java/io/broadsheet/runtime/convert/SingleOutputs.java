package io.broadsheet.runtime.convert;

import io.broadsheet.core.spi.Exporter;
import io.broadsheet.runtime.config.Located;
import io.broadsheet.runtime.plugin.Loaded;
import java.nio.file.Path;
import java.util.List;

/** Checks the one output of {@code -o book.epub} (a file) or {@code -o -} (standard output), naming it. */
final class SingleOutputs {

    private SingleOutputs() {
    }

    /** The output as it will be written: named after the file, or refused (added to errors) for stdout. */
    static ConversionPlan.PlannedOutput check(String output, Loaded<Exporter<?>> fileFormat,
            ConversionPlan.PlannedOutput planned, Located config, List<String> errors) {
        String place = config.placeOf("/output");
        String format = planned.exporter().name();
        if (fileFormat != null) {
            if (!fileFormat.name().equals(format)) {
                errors.add(place + ": " + output + " names a " + fileFormat.name() + " file, but the format asked for is "
                        + format + "; give a matching name or a folder");
            }
            return new ConversionPlan.PlannedOutput(planned.exporter(), planned.options(), Path.of(output).getFileName().toString());
        }
        if (OutputShape.isStandardOutput(output)) {
            if (OutputShape.isFolder(planned.name())) {
                errors.add(place + ": " + format + " writes a folder of files; it cannot go to standard output"
                        + " (give a folder: -o DIR)");
            } else if (OutputShape.isBinary(planned.name()) && System.console() != null) {
                errors.add(place + ": " + format + " is a binary file; redirect standard output to a file"
                        + " (> " + planned.name() + ") or give -o " + planned.name());
            }
        }
        return planned;
    }
}
