-- Console sessions end when the user changes: a token carries the user's token version and is
-- refused once the version moved on (password change, disable, delete).
alter table console_users add column token_version integer default 0 not null;
alter table console_users add column disabled_at timestamp with time zone;
