package org.jalons.server.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jalons.server.summary.store.SummaryRollups;
import org.jalons.server.summary.store.SummaryStore.YearPeople;

/**
 * Which figures of the people followed during one calendar year are shown: the organisation's, each site's and
 * each counsellor's within their site (PROTOCOL.md, "People followed"). Plain Java, no I/O.
 *
 * <p>From one year to the next, a place's figure changes by the people who entered minus those who left. So a
 * figure is shown only when k or more people entered the place that year: then two shown years never differ by
 * a small flow, and a hidden year keeps the freedom of k entries or more around it. Where the figure of a place
 * is shown and some of its parts are hidden, the hidden parts together must hold k entries or more; otherwise
 * the part with the fewest entries is hidden too, or, with none left, the place itself.
 */
final class YearPopulation {

    private final int k;
    private final List<YearPeople> places;
    private final Set<YearPeople> hidden = new HashSet<>();

    YearPopulation(int k, List<YearPeople> places) {
        this.k = k;
        this.places = places;
        for (YearPeople place : places) {
            if (place.entries() < k) {
                hidden.add(place);
            }
        }
        for (YearPeople site : ofLevel(SummaryRollups.LEVEL_SITE)) { // counsellors within their site first
            cover(
                    site,
                    ofLevel(SummaryRollups.LEVEL_SITE_COUNSELLOR).stream()
                            .filter(p -> p.site().equals(site.site()))
                            .toList());
        }
        ofLevel(SummaryRollups.LEVEL_ORGANISATION).forEach(org -> cover(org, ofLevel(SummaryRollups.LEVEL_SITE)));
    }

    /** The figure of one place: an empty place (no one followed) counts 0 and is hidden like any small one. */
    YearPeople of(int level, String site, UUID counsellorId) {
        String s = site == null ? "" : site;
        UUID c = counsellorId == null ? SummaryRollups.NONE : counsellorId;
        return places.stream()
                .filter(p -> p.level() == level
                        && p.site().equals(s)
                        && p.counsellorId().equals(c))
                .findFirst()
                .orElse(new YearPeople(level, s, c, 0, 0));
    }

    boolean hides(YearPeople place) {
        return place.entries() < k || hidden.contains(place);
    }

    /** The organisation's figure: a hidden figure reads "< k" only when it is below k. */
    long organisationPeople() {
        return ofLevel(SummaryRollups.LEVEL_ORGANISATION).stream()
                .mapToLong(YearPeople::people)
                .sum();
    }

    private void cover(YearPeople whole, List<YearPeople> parts) {
        if (hidden.contains(whole)) {
            return;
        }
        List<YearPeople> shown = new ArrayList<>(parts.stream()
                .filter(p -> !hidden.contains(p))
                .sorted(Comparator.comparingLong(YearPeople::entries))
                .toList());
        while (parts.stream().anyMatch(hidden::contains)
                && parts.stream()
                                .filter(hidden::contains)
                                .mapToLong(YearPeople::entries)
                                .sum()
                        < k) {
            if (shown.isEmpty()) {
                hidden.add(whole);
                return;
            }
            hidden.add(shown.remove(0));
        }
    }

    private List<YearPeople> ofLevel(int level) {
        return places.stream().filter(p -> p.level() == level).toList();
    }
}
