package io.broadsheet.parser.csv.internal;

import java.io.IOException;
import java.io.Reader;

/**
 * Cuts a CSV stream into records, keeping each record's text exactly (line breaks inside quoted values
 * included) and counting physical lines. A quote opens a quoted value only at the start of a field, as
 * in Jackson's CSV parser, which then splits each record into fields.
 *
 * <p>Why not let the CSV library read the whole stream: after a malformed record a streaming CSV
 * parser cannot say where the next record starts, nor which lines the bad one covered. Here a quoted
 * value still open at the end of the file (or after {@code maxLines} lines) becomes a record with a
 * problem, and reading resumes on the line after the one where that record started, so one stray quote
 * costs one row, not the rest of the file.
 */
final class RecordSplitter {

    static final int MAX_RECORD_CHARS = 32 * 1024 * 1024;

    /** A record longer than {@link #MAX_RECORD_CHARS}: hostile or not CSV at all, the file is refused. */
    static final class TooLong extends IOException {

        private final int line;

        TooLong(int line) {
            super("a record longer than " + MAX_RECORD_CHARS + " characters", null);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    private final Reader reader;
    private final char delimiter;
    private final int maxLines;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    private StringBuilder replay = new StringBuilder();
    private int replayPosition;
    private boolean lastFromReplay;
    private int line = 1;

    RecordSplitter(Reader reader, char delimiter, int maxLines) {
        this.reader = reader;
        this.delimiter = delimiter;
        this.maxLines = maxLines;
    }

    /** The line the next record starts on. */
    int line() {
        return line;
    }

    /** The next record, or null at the end of the input. */
    RawRecord next() throws IOException {
        int start = line;
        StringBuilder text = new StringBuilder();
        boolean quoted = false;
        boolean fieldStart = true;
        int firstBreak = -1;
        int c = read();
        if (c < 0) {
            return null;
        }
        for (; c >= 0; c = read()) {
            if (text.length() > MAX_RECORD_CHARS) {
                throw new TooLong(start);
            }
            if (quoted) {
                if (c == '"') {
                    text.append('"');
                    if (peek() == '"') {
                        text.append((char) read());
                    } else {
                        quoted = false;
                    }
                } else if (c == '\n' || c == '\r') {
                    lineBreak(text, c);
                    firstBreak = firstBreak < 0 ? text.length() : firstBreak;
                    if (line - start >= maxLines) {
                        return broken(text, start, firstBreak, "a quoted value is still open after "
                                + (line - start) + " lines");
                    }
                } else {
                    text.append((char) c);
                }
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                line++;
                return new RawRecord(text.toString(), start, line - 1, null);
            } else {
                if (c == '"' && fieldStart) {
                    quoted = true;
                }
                fieldStart = c == delimiter;
                text.append((char) c);
            }
        }
        if (quoted) {
            return broken(text, start, firstBreak, "a quoted value is not closed before the end of the file");
        }
        return new RawRecord(text.toString(), start, line, null);
    }

    private void lineBreak(StringBuilder text, int c) throws IOException {
        text.append((char) c);
        if (c == '\r' && peek() == '\n') {
            text.append((char) read());
        }
        line++;
    }

    /** Reports the record's first line as broken and reads again from the line after it. */
    private RawRecord broken(StringBuilder text, int start, int firstBreak, String problem) {
        if (firstBreak >= 0) {
            replay(text.substring(firstBreak));
        }
        line = start + 1;
        String firstLine = firstBreak < 0 ? text.toString() : text.substring(0, firstBreak).stripTrailing();
        return new RawRecord(firstLine, start, start, problem);
    }

    /**
     * For a record that spans several lines but does not parse (a quote that opened a value by mistake
     * swallowed the next lines): reads again from the line after the record's first line.
     */
    void retryAfterFirstLine(RawRecord record) {
        String text = record.text();
        int i = 0;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        if (i == text.length()) {
            return;
        }
        i += text.startsWith("\r\n", i) ? 2 : 1;
        // The record's own terminator was consumed with it: put one back so its last line still ends.
        replay(text.substring(i) + "\n");
        line = record.startLine() + 1;
    }

    private void replay(String text) {
        StringBuilder again = new StringBuilder(text.length() + replay.length() - replayPosition);
        again.append(text).append(replay, replayPosition, replay.length());
        replay = again;
        replayPosition = 0;
    }

    private int read() throws IOException {
        if (replayPosition < replay.length()) {
            lastFromReplay = true;
            return replay.charAt(replayPosition++);
        }
        if (replay.length() > 0) {
            replay = new StringBuilder();
            replayPosition = 0;
        }
        lastFromReplay = false;
        if (position == limit) {
            limit = reader.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buffer[position++];
    }

    /** The next character without consuming it: read, then step back in whichever source it came from. */
    private int peek() throws IOException {
        int c = read();
        if (c >= 0) {
            if (lastFromReplay) {
                replayPosition--;
            } else {
                position--;
            }
        }
        return c;
    }
}
