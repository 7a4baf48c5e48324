-- Memories, their event log and their relations (JDBC memory store).
-- Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL. Apps share the tables:
-- every table carries app_id and every index starts with it.
-- Instants are timestamps with time zone (microseconds); JSON values are text;
-- embeddings are little-endian float32 bytes.

create table memories (
    app_id              varchar(64)  not null,
    id                  varchar(64)  not null,
    user_id             varchar(255) not null,
    session_id          varchar(255),
    agent_id            varchar(255),
    run_id              varchar(255),
    type                varchar(16)  not null,
    content             varchar      not null,
    context             varchar,
    category            varchar(255),
    tags                varchar      not null,
    importance          integer      not null,
    metadata            varchar      not null,
    embedding           bytea,
    embedding_model     varchar(255),
    status              varchar(16)  not null,
    previous_id         varchar(64),
    next_id             varchar(64),
    reinforcement_count integer      not null,
    last_reinforced_at  timestamp with time zone,
    access_count        integer      not null,
    last_accessed_at    timestamp with time zone,
    valid_from          timestamp with time zone,
    valid_to            timestamp with time zone,
    expires_at          timestamp with time zone,
    sources             varchar      not null,
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    version             bigint       not null,
    constraint pk_memories primary key (app_id, id)
);
create index ix_memories_user_status_created on memories (app_id, user_id, status, created_at);
create index ix_memories_updated on memories (app_id, updated_at);
create index ix_memories_expires on memories (app_id, expires_at);

create table memory_events (
    app_id      varchar(64)  not null,
    id          varchar(64)  not null,
    memory_id   varchar(64)  not null,
    user_id     varchar(255) not null,
    type        varchar(16)  not null,
    actor       varchar(255) not null,
    reason      varchar,
    related_ids varchar      not null,
    details     varchar      not null,
    at          timestamp with time zone not null,
    constraint pk_memory_events primary key (app_id, id)
);
create index ix_memory_events_memory on memory_events (app_id, memory_id, at);
create index ix_memory_events_user on memory_events (app_id, user_id);
create index ix_memory_events_at on memory_events (app_id, at);

create table memory_relations (
    app_id     varchar(64)  not null,
    from_id    varchar(64)  not null,
    to_id      varchar(64)  not null,
    type       varchar(64)  not null,
    user_id    varchar(255) not null,
    created_at timestamp with time zone not null,
    constraint pk_memory_relations primary key (app_id, from_id, to_id, type)
);
create index ix_memory_relations_to on memory_relations (app_id, to_id);
create index ix_memory_relations_user on memory_relations (app_id, user_id);
