package io.broadsheet.parser.pdf.internal;

import io.broadsheet.core.model.Edition;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edition facts a page PDF states itself: a document title in the e-paper naming scheme
 * ({@code HYB01B20241016C}: paper code, page, section letter, date, issue letter), the folio ("第3版")
 * and the date printed in the masthead or running head ("2024年10月16日"). The path pattern wins over these.
 */
final class EditionFacts {

    private static final Pattern TITLE = Pattern.compile("^[A-Za-z]{2,10}(\\d{1,3})[A-Za-z]?((?:19|20)\\d{6})[A-Za-z]?$");
    private static final Pattern FOLIO = Pattern.compile("第\\s*(\\d{1,3})\\s*版");
    private static final Pattern DATE = Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern PUBLICATION = Pattern.compile("^\\S{2,8}(?:日报|晚报|早报|时报|商报|报)$");

    private EditionFacts() {
    }

    static Edition read(String documentTitle, List<String> furniture) {
        Integer page = null;
        String date = null;
        String publication = null;
        if (documentTitle != null) {
            Matcher m = TITLE.matcher(documentTitle.strip());
            if (m.matches()) {
                page = Integer.valueOf(m.group(1));
                String d = m.group(2);
                date = date(d.substring(0, 4), d.substring(4, 6), d.substring(6, 8));
            }
        }
        for (String line : furniture) {
            Matcher folio = FOLIO.matcher(line);
            if (page == null && folio.find()) {
                page = Integer.valueOf(folio.group(1));
            }
            Matcher d = DATE.matcher(line);
            if (date == null && d.find()) {
                date = date(d.group(1), d.group(2), d.group(3));
            }
            if (publication == null && PUBLICATION.matcher(line.strip()).matches()) {
                publication = line.strip();
            }
        }
        return new Edition(publication, date, page);
    }

    private static String date(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }
}
