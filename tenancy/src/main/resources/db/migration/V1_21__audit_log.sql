-- Audit log of console and key actions: appended, read with filters, removed only when older
-- than the retention (engram.audit.retention). Nothing in Engram updates a row.
create table audit_events (
    id          varchar(40)  primary key,
    at          timestamp with time zone not null,
    actor_type  varchar(10)  not null,
    actor       varchar(100) not null,
    org_id      varchar(40),
    action      varchar(100) not null,
    target_type varchar(20),
    target_id   varchar(100),
    address     varchar(64),
    outcome     varchar(10)  not null,
    status      integer      not null,
    request_id  varchar(64)
);
create index ix_audit_events_at on audit_events (at);
create index ix_audit_events_org_at on audit_events (org_id, at);
