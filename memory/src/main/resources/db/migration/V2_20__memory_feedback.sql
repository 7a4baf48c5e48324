-- Feedback on a memory (POST /v1/learning/feedback naming it): +1 per useful, -1 per not useful,
-- -2 per wrong, kept within +-100. Search turns it into a bounded feedback boost.
alter table memories add column feedback_balance integer default 0 not null;
