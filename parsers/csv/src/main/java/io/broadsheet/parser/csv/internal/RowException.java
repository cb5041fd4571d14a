package io.broadsheet.parser.csv.internal;

/** A row whose values do not make an article (a page that is not a number, an unknown kind...): it is skipped. */
final class RowException extends Exception {

    RowException(String message) {
        super(message, null, false, false);
    }
}
