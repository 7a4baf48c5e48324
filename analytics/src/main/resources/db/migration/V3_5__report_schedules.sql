-- Scheduled report exports per organization: the schedules, their runs (one per tick or "run
-- now"), and the files each run produced (kept for download). The ticks and the runs themselves
-- are db-scheduler executions in scheduled_tasks (task names report-tick and report-run).
create table report_schedules (
    id           varchar(64)  not null,
    org_id       varchar(64)  not null,
    name         varchar(100) not null,
    cron         varchar(200) not null,
    time_zone    varchar(64)  not null,
    spec         varchar      not null,
    enabled      boolean      not null,
    created_by   varchar(255) not null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    constraint pk_report_schedules primary key (id)
);
create index ix_report_schedules_org on report_schedules (org_id, created_at);

create table report_runs (
    id            varchar(64)  not null,
    schedule_id   varchar(64)  not null,
    org_id        varchar(64)  not null,
    run_trigger   varchar(16)  not null,
    tick          timestamp with time zone not null,
    period_from   date         not null,
    period_to     date         not null,
    status        varchar(16)  not null,
    attempts      integer      not null,
    started_at    timestamp with time zone,
    finished_at   timestamp with time zone,
    duration_ms   bigint,
    size_bytes    bigint,
    error         varchar(2000),
    deliveries    varchar      not null,
    created_at    timestamp with time zone not null,
    constraint pk_report_runs primary key (id),
    constraint uq_report_runs_tick unique (schedule_id, run_trigger, tick)
);
create index ix_report_runs_schedule on report_runs (schedule_id, created_at);
create index ix_report_runs_org on report_runs (org_id, created_at);

create table report_outputs (
    run_id        varchar(64)  not null,
    file_name     varchar(255) not null,
    content_type  varchar(100) not null,
    size_bytes    bigint       not null,
    body          bytea        not null,
    constraint pk_report_outputs primary key (run_id, file_name)
);
