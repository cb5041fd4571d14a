package io.broadsheet.parser.csv.internal;

/** Undoes what writers do to cell values: formula-injection quotes, and quotes doubled by a second quoting. */
final class Cells {

    private Cells() {
    }

    /** "'=SUM(A1)" gives "=SUM(A1)": the ' is removed only before = + - @ TAB CR, as exporters add it. */
    static String unescapeFormula(String cell) {
        if (cell.length() >= 2 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0) {
            return cell.substring(1);
        }
        return cell;
    }

    /** "\"title\"" gives "title": one pair of quotes enclosing the whole value. */
    static String stripQuotes(String cell) {
        if (cell.length() >= 2 && cell.charAt(0) == '"' && cell.charAt(cell.length() - 1) == '"') {
            return cell.substring(1, cell.length() - 1);
        }
        return cell;
    }
}
