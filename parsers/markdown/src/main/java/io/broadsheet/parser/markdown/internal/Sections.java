package io.broadsheet.parser.markdown.internal;

import io.broadsheet.core.model.Section;
import java.util.ArrayList;
import java.util.List;

/** Groups blocks into sections: paragraphs before the first heading are the lead, each heading opens a section. */
final class Sections {

    private Sections() {
    }

    static List<Section> of(List<Block> blocks) {
        List<Section> sections = new ArrayList<>();
        String heading = null;
        List<String> paragraphs = new ArrayList<>();
        boolean open = false;
        for (Block block : blocks) {
            if (block.isHeading()) {
                if (open) {
                    sections.add(new Section(heading, paragraphs));
                }
                heading = block.text();
                paragraphs = new ArrayList<>();
                open = true;
            } else {
                paragraphs.add(block.text());
                open = true;
            }
        }
        if (open) {
            sections.add(new Section(heading, paragraphs));
        }
        return sections;
    }
}
