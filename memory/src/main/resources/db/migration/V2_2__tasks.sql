-- Background tasks as callers see them (GET /v1/tasks/{id}): what was accepted, where it is,
-- what it did. The payload keeps the whole accepted request, so nothing accepted is lost.
-- facts holds what extraction found (JSON), so a re-run after a crash resolves the same facts;
-- progress counts the facts already applied.
create table tasks (
    id          varchar(64)  not null,
    app_id      varchar(64)  not null,
    kind        varchar(32)  not null,
    status      varchar(16)  not null,
    payload     varchar      not null,
    facts       varchar,
    progress    integer      not null,
    added       integer      not null,
    updated     integer      not null,
    reinforced  integer      not null,
    deleted     integer      not null,
    skipped     integer      not null,
    errors      varchar      not null,
    attempts    integer      not null,
    created_at  timestamp with time zone not null,
    started_at  timestamp with time zone,
    finished_at timestamp with time zone,
    constraint pk_tasks primary key (id)
);
create index ix_tasks_app_created on tasks (app_id, created_at);
