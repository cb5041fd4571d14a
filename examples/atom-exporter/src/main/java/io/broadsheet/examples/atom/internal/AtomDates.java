package io.broadsheet.examples.atom.internal;

import io.broadsheet.core.model.Edition;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** atom:updated values: RFC 3339 date-times, from edition dates or the configured fallback. */
public final class AtomDates {

    private AtomDates() {
    }

    /**
     * Midnight UTC of the edition's date: the model knows the day an issue was printed, not the hour.
     * An edition without a date, or with one that is not {@code yyyy-MM-dd} (a lenient parser may pass
     * anything), gets {@code fallback} rather than failing the whole feed.
     */
    public static Instant of(Edition edition, Instant fallback) {
        String date = edition == null ? null : edition.date();
        if (date == null) {
            return fallback;
        }
        try {
            LocalDate day = LocalDate.parse(date, DateTimeFormatter.ISO_LOCAL_DATE);
            // RFC 3339 has four-digit years only.
            if (day.getYear() < 1 || day.getYear() > 9999) {
                return fallback;
            }
            return day.atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeException e) {
            return fallback;
        }
    }

    /** {@code 2022-11-10T00:00:00Z}. */
    public static String format(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
