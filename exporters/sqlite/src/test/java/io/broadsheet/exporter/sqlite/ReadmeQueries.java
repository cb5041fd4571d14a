package io.broadsheet.exporter.sqlite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code sql} blocks of the module README, by the comment on their first line. */
final class ReadmeQueries {

    private static final Pattern BLOCK = Pattern.compile("```sql\\n-- (.+?)\\n(.*?)```", Pattern.DOTALL);

    private ReadmeQueries() {
    }

    static Map<String, String> read() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        Map<String, String> queries = new LinkedHashMap<>();
        Matcher m = BLOCK.matcher(readme);
        while (m.find()) {
            queries.put(m.group(1), m.group(2).strip());
        }
        return queries;
    }
}
