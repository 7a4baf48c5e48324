-- Idempotency keys of create requests: the first answer, replayed for a request with the same
-- key (per API key or console user) and the same method, path and body for
-- engram.idempotency.retention (24 h).
create table idempotency_keys (
    scope        varchar(120) not null,
    idem_key     varchar(255) not null,
    fingerprint  varchar(64)  not null,
    state        varchar(10)  not null,
    status       integer,
    content_type varchar(100),
    location     varchar(500),
    body         varchar,
    created_at   timestamp with time zone not null,
    constraint pk_idempotency_keys primary key (scope, idem_key)
);
create index ix_idempotency_keys_created on idempotency_keys (created_at);
