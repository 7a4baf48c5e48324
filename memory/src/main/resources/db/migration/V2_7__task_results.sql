-- What a finished task produced, as JSON, for kinds that produce something beyond counts
-- (a summary callback: delivered or not, attempts, the receiver's last status).
alter table tasks add column result varchar;
