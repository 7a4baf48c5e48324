-- The body a summary callback sends, computed once when its first attempt runs and kept, so that
-- every attempt (each one a run of the durable job, rescheduled after the backoff, across restarts)
-- sends the same bytes.
alter table tasks add column callback_body varchar;
