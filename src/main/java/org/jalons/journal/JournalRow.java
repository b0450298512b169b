package org.jalons.journal;

import java.time.YearMonth;

/** A line of the journal's list: a month's heading (with how many entries it holds) or an entry. */
public sealed interface JournalRow {
    record Month(YearMonth month, int entries) implements JournalRow {}

    record Entry(JournalEntry entry) implements JournalRow {}
}
