package io.broadsheet.parser.text.internal;

/** A page as text, with the name of the charset it was decoded from. */
public record DecodedPage(String text, String encoding) {
}
