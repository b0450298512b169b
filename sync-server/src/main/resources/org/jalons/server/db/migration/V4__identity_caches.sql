-- Identity caches, version 4 (V3 is the summary roll-ups).
-- H2 hands out identity values from a cache of 32 and, when the cache runs out, persists the sequence with a commit
-- of its own; with WRITE_DELAY=0 that is one more write and sync of the file every 32 audit entries or barrier
-- transitions, which made these two inserts the dearest part of a push. With 1,000, H2 persists the end of the
-- cached range first: a killed server leaves a gap, never a repeat. PostgreSQL caches per session in the same way;
-- nothing reads an order into these ids across sessions (the audit's order is that of its commits, seq says it).
alter table audit_log alter column id set cache 1000;
alter table barrier_transition alter column id set cache 1000;
