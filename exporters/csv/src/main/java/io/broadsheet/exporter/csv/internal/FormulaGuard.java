package io.broadsheet.exporter.csv.internal;

/**
 * Formula-injection protection (OWASP "CSV injection"): a cell that starts with {@code = + - @}, tab or
 * CR is prefixed with {@code '}, which spreadsheets show as text and the {@code csv} parser removes.
 */
final class FormulaGuard {

    private static final String TRIGGERS = "=+-@\t\r";

    private FormulaGuard() {
    }

    static String protect(String cell) {
        return !cell.isEmpty() && TRIGGERS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
