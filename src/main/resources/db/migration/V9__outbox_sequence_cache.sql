-- Outbox numbering, version 9 (V5 is not used).

-- H2 hands out identity values from a cache of 32 and, when the cache runs out, persists the sequence with a commit
-- of its own: with WRITE_DELAY=0 and CIPHER=AES that is one more encrypted write and sync every 32 outbox entries,
-- about a third of the time of 10,000 saves (StoreBenchmark). With 1,000, values stay increasing across restarts
-- (H2 persists the end of the cached range first; a killed app leaves a gap, never a repeat), so the outbox order
-- (ORDER BY SEQ) is unchanged.
ALTER TABLE OUTBOX ALTER COLUMN SEQ SET CACHE 1000;
