-- How often and when each memory was last returned by a read, in a narrow table of its own.
-- Searches count every memory they return and a background flush adds the counts every few
-- seconds: kept in the memories table, each count rewrote the whole row (content, context,
-- embedding: several KB), and an update of a memory read before a flush wrote the stale count
-- back. A memory that was never read has no row here.
create table memory_access (
    app_id           varchar(64) not null,
    id               varchar(64) not null,
    access_count     integer     not null,
    last_accessed_at timestamp with time zone,
    constraint pk_memory_access primary key (app_id, id)
);
insert into memory_access (app_id, id, access_count, last_accessed_at)
    select app_id, id, access_count, last_accessed_at from memories
    where access_count <> 0 or last_accessed_at is not null;
alter table memories drop column access_count;
alter table memories drop column last_accessed_at;
