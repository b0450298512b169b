package org.jalons.sync;

/** Where supervisor summaries come from: the paired server ({@link SummaryClient}), a fake in tests. Blocking. */
public interface SummarySource {
    boolean isPaired();

    String summaryJson(SummaryQuery query) throws SyncException;

    /** The words people shared with the structure, for the same query (theme by theme, only above k). */
    String wordsJson(SummaryQuery query) throws SyncException;

    byte[] tableCsv(SummaryQuery query, String table) throws SyncException;

    byte[] exitsCsv(SummaryQuery query) throws SyncException;

    byte[] reportPdf(SummaryQuery query) throws SyncException;
}
