-- Processing of library materials (issue 4).
-- A material can be ready with something missing that its uploader should know about (no
-- poster because the server has no ffmpeg, a scanned PDF without text): a bundle key, beside
-- failure_reason, which only a FAILED material has.
ALTER TABLE material ADD COLUMN processing_note VARCHAR(100);

-- The administrators' page lists the failed outbox events, the most recent failure first.
CREATE INDEX outbox_event_finished ON outbox_event (status, finished_at);
