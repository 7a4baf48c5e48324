-- Where a background job came from: the trace context (W3C traceparent) of the request that
-- queued it, so the job's runs can link their traces to that request's. One row per scheduled
-- execution (db-scheduler's task name and instance); removed when the execution is.
create table job_origins (
    task_name     varchar(100) not null,
    task_instance varchar(200) not null,
    traceparent   varchar(64)  not null,
    recorded_at   timestamp with time zone not null,
    constraint pk_job_origins primary key (task_name, task_instance)
);
