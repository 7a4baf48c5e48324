-- Realtime gateway: durable sync queues of identified services and single-use connection tickets.
-- Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.

-- One row per (app, service) that identified on WS /ws: its topics and where its queue stands.
create table realtime_subscribers (
    app_id       varchar(40)  not null,
    service_id   varchar(100) not null,
    topics       varchar(4000) not null,
    capabilities varchar(1000) not null,
    next_seq     bigint       not null,
    acked_seq    bigint       not null,
    dropped      bigint       not null,
    created_at   timestamp with time zone not null,
    last_seen_at timestamp with time zone not null,
    primary key (app_id, service_id)
);

-- Events waiting for a service's acknowledgement, in its own sequence.
create table realtime_queue (
    app_id     varchar(40)  not null,
    service_id varchar(100) not null,
    seq        bigint       not null,
    event_id   varchar(40)  not null,
    body       varchar      not null,
    created_at timestamp with time zone not null,
    primary key (app_id, service_id, seq),
    constraint uq_realtime_queue_event unique (app_id, service_id, event_id)
);
create index ix_realtime_queue_created on realtime_queue (app_id, created_at);

-- Tickets for browsers (which cannot set headers on WebSocket/SSE): hashed, single use, short-lived.
create table realtime_tickets (
    ticket_hash varchar(64) primary key,
    org_id      varchar(40) not null,
    app_id      varchar(40) not null,
    key_id      varchar(40) not null,
    scopes      varchar(200) not null,
    expires_at  timestamp with time zone not null
);
create index ix_realtime_tickets_app on realtime_tickets (app_id);
