-- Identity caches, version 8: from 1,000 (V4) to 100,000 values.
-- On H2, running out of a cached range persists the sequence with a commit of the whole store, in the middle of the
-- push that ran out: every page the push has written so far is written once more, then again at its own commit.
-- With 1,000 values that was one extra store commit per 1,000 audit entries and one per 1,000 barrier transitions:
-- a first push of 10,000 records made 20 of them on top of its 20 batch commits. A killed server still leaves a
-- gap, never a repeat; a bigint has room for the gaps. PostgreSQL caches per session and is not slowed either way.
alter table audit_log alter column id set cache 100000;
alter table barrier_transition alter column id set cache 100000;
