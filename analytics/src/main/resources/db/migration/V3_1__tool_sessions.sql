-- Seed 000's tool sessions and tool configuration, per app. A tool is an agent or client of the
-- app; its id is the agent_id its events carry.
create table tool_sessions (
    app_id     varchar(64)  not null,
    id         varchar(64)  not null,
    tool_id    varchar(128) not null,
    user_id    varchar(255),
    metadata   varchar      not null,
    started_at timestamp with time zone not null,
    ended_at   timestamp with time zone,
    constraint pk_tool_sessions primary key (app_id, id)
);
create index ix_tool_sessions_active on tool_sessions (app_id, ended_at, tool_id);

create table tool_configs (
    app_id     varchar(64)  not null,
    tool_id    varchar(128) not null,
    config     varchar      not null,
    version    bigint       not null,
    updated_at timestamp with time zone not null,
    constraint pk_tool_configs primary key (app_id, tool_id)
);
