package io.broadsheet.exporter.epub.internal;

import io.broadsheet.core.model.Edition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The book's reading order: editions (publication and date) in the order they first appear, within
 * one its pages in the order they first appear, and within one page the archive's order. An archive
 * that interleaves several papers (a crawl, a merged export) still reads paper by paper, and the
 * table of contents gets one group per edition instead of one per run of articles.
 */
final class ReadingOrder {

    private ReadingOrder() {
    }

    /** {@code items} stably sorted into reading order by the edition each belongs to. */
    static <T> List<T> of(List<T> items, Function<T, Edition> edition) {
        Map<List<Object>, Integer> editions = new HashMap<>();
        Map<List<Object>, Integer> pages = new HashMap<>();
        List<int[]> ranks = new ArrayList<>(items.size());
        for (T item : items) {
            Edition e = edition.apply(item);
            List<Object> editionKey = Arrays.asList(e.publication(), e.date());
            List<Object> pageKey = Arrays.asList(e.publication(), e.date(), e.page());
            ranks.add(new int[] {editions.computeIfAbsent(editionKey, k -> editions.size()),
                    pages.computeIfAbsent(pageKey, k -> pages.size())});
        }
        List<Integer> order = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            order.add(i);
        }
        // List.sort is stable: within one page the archive's order stays.
        order.sort(Comparator.<Integer>comparingInt(i -> ranks.get(i)[0]).thenComparingInt(i -> ranks.get(i)[1]));
        return order.stream().map(items::get).toList();
    }
}
