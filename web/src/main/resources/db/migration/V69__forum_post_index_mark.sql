-- A post whose search document is out of date (issue 5): set with every change that the index
-- must follow (written, edited, hidden, restored, withdrawn, its thread moved), cleared by the
-- forum's indexing once the document is written. Its thread's one outbox event ("thread:<id>")
-- then indexes all the marked posts of the thread in bulk, so a burst of replies costs a few
-- events, not one per post. Posts written before this column existed were never indexed: a
-- rebuild of the search index (platform administration) brings them in.
ALTER TABLE forum_post ADD COLUMN index_pending BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX forum_post_index_pending ON forum_post (thread_id, index_pending, number);
