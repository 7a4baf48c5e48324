-- Learning history and its read models (analytics module).
-- Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL. Every table carries app_id and every
-- index starts with it. Days and hours are UTC. Rollups are maintained on write, in the same
-- transaction as the raw rows, so dashboards read O(days) rows instead of scanning events.

-- Seed 002's learning events (training, feedback, correction, adaptation, custom) and feedback on
-- memories and search results; payload keeps the whole event as sent (snake_case keys).
create table learning_events (
    app_id             varchar(64)  not null,
    id                 varchar(64)  not null,
    event_type         varchar(64)  not null,
    domain             varchar(128) not null,
    service_id         varchar(255),
    agent_id           varchar(255),
    user_id            varchar(255),
    session_id         varchar(255),
    importance         integer,
    confidence         double precision,
    rating             integer,
    correct            boolean,
    model_updated      boolean,
    performance_change double precision,
    memory_id          varchar(64),
    payload            varchar      not null,
    occurred_at        timestamp with time zone not null,
    recorded_at        timestamp with time zone not null,
    constraint pk_learning_events primary key (app_id, id)
);
create index ix_learning_events_at on learning_events (app_id, occurred_at);
create index ix_learning_events_domain on learning_events (app_id, domain, occurred_at);
create index ix_learning_events_user on learning_events (app_id, user_id);

-- What the memory system learned: one row per memory event, with the facts analytics needs.
create table memory_history (
    app_id     varchar(64)  not null,
    event_id   varchar(64)  not null,
    memory_id  varchar(64)  not null,
    user_id    varchar(255),
    agent_id   varchar(255),
    category   varchar(255),
    change_type varchar(16)  not null,
    engine     varchar(32),
    actor      varchar(255) not null,
    at         timestamp with time zone not null,
    constraint pk_memory_history primary key (app_id, event_id)
);
create index ix_memory_history_at on memory_history (app_id, at);
create index ix_memory_history_user on memory_history (app_id, user_id);

-- Daily rollup per dimension. source: learning | memory | search. kind: the event type or memory
-- change. dimension: the domain (learning events) or the category (memory events), '' when none.
-- agent_id and engine are '' when none.
create table analytics_daily (
    app_id           varchar(64)  not null,
    day_utc          date         not null,
    source           varchar(16)  not null,
    kind             varchar(64)  not null,
    dimension        varchar(255) not null,
    agent_id         varchar(255) not null,
    engine           varchar(32)  not null,
    events           bigint       not null,
    feedback         bigint       not null,
    correct          bigint       not null,
    rating_sum       bigint       not null,
    rating_count     bigint       not null,
    confidence_sum   double precision not null,
    confidence_count bigint       not null,
    value_sum        double precision not null,
    constraint pk_analytics_daily primary key (app_id, day_utc, source, kind, dimension, agent_id, engine)
);
create index ix_analytics_daily_source on analytics_daily (app_id, source, day_utc);

-- Hourly counts per source, kind and dimension, for hour buckets and the realtime view.
create table analytics_hourly (
    app_id    varchar(64)  not null,
    hour_utc  timestamp with time zone not null,
    source    varchar(16)  not null,
    kind      varchar(64)  not null,
    dimension varchar(255) not null,
    events    bigint       not null,
    constraint pk_analytics_hourly primary key (app_id, hour_utc, source, kind, dimension)
);

-- Search latencies per day in log-spaced buckets (upper bound in tenths of a millisecond), for
-- p50/p95 without keeping every search.
create table analytics_latency (
    app_id    varchar(64) not null,
    day_utc   date        not null,
    bucket    integer     not null,
    searches  bigint      not null,
    constraint pk_analytics_latency primary key (app_id, day_utc, bucket)
);

-- Users seen per day (active users) and ever (memories per user).
create table analytics_day_users (
    app_id  varchar(64)  not null,
    day_utc date         not null,
    user_id varchar(255) not null,
    constraint pk_analytics_day_users primary key (app_id, day_utc, user_id)
);
create table analytics_users (
    app_id     varchar(64)  not null,
    user_id    varchar(255) not null,
    first_seen timestamp with time zone not null,
    constraint pk_analytics_users primary key (app_id, user_id)
);
