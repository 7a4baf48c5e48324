-- Agent profiles of the compatibility surfaces (OpenMemory POST /api/v1/agents, native
-- POST /v1/profiles): one profile per app, agent and caller, with a time to live. An expired
-- profile is gone for readers; the row is replaced by the next write.
create table compat_agent_profiles (
    app_id varchar(64) not null,
    agent_id varchar(256) not null,
    caller_id varchar(256) not null,
    profile_data text not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    primary key (app_id, agent_id, caller_id)
);
create index compat_agent_profiles_expiry on compat_agent_profiles (expires_at);
