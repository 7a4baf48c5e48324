-- Memory quotas: what each app is counted to hold against memories_per_app and
-- storage_mb_per_app. Every insert of memories locks its app's row, checks and adds to it in the
-- insert's own transaction, so instances sharing the database never pass a limit between them.
-- The counts only grow with inserts (an upper bound); when one would refuse a write they are
-- counted again from the store under the same lock. memories = -1: not counted yet.
create table app_usage (
    app_id     varchar(40) primary key,
    memories   bigint not null,
    bytes      bigint not null,
    counted_at timestamp with time zone
);
