package io.broadsheet.parser.csv.internal;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.Section;
import io.broadsheet.core.model.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The consecutive paragraph rows of one article (same id). The first row gives the article's fields;
 * each row adds its paragraph, and a change of the section cell opens a new section. Two adjacent
 * sections with the same heading cannot be told apart and are read as one.
 */
final class ParagraphGroup {

    private final String id;
    private final Article.Builder builder;
    private final boolean sourceIsThisFile;
    private final List<Section> sections = new ArrayList<>();
    private String heading;
    private List<String> paragraphs;
    private int endLine;

    ParagraphGroup(String id, Article.Builder builder, boolean sourceIsThisFile) {
        this.id = id;
        this.builder = builder;
        this.sourceIsThisFile = sourceIsThisFile;
    }

    String id() {
        return id;
    }

    /** Adds one row: its section heading (null for the lead) and paragraph (null for none). */
    void add(String section, String paragraph, int rowEndLine) {
        if (paragraphs == null || !Objects.equals(section, heading)) {
            close();
            heading = section;
            paragraphs = new ArrayList<>();
        }
        if (paragraph != null) {
            paragraphs.add(paragraph);
        }
        endLine = rowEndLine;
    }

    Article build() {
        close();
        if (sourceIsThisFile) {
            SourceRef first = builder.build().source();
            builder.source(new SourceRef(first.path(), first.startLine(), endLine, first.encoding()));
        }
        return builder.sections(sections).build();
    }

    private void close() {
        if (paragraphs != null && (heading != null || !paragraphs.isEmpty())) {
            sections.add(new Section(heading, paragraphs));
        }
        paragraphs = null;
    }
}
