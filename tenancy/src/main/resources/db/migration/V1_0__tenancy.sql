-- Tenancy: organizations, apps, API keys and console users.
-- Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.

create table organizations (
    id          varchar(40)  primary key,
    name        varchar(100) not null,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    constraint uq_organizations_name unique (name)
);

create table apps (
    id          varchar(40)  primary key,
    org_id      varchar(40)  not null references organizations (id),
    name        varchar(100) not null,
    description varchar(500),
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    constraint uq_apps_org_name unique (org_id, name)
);

create table api_keys (
    id           varchar(40)  primary key,
    org_id       varchar(40)  not null references organizations (id),
    app_id       varchar(40)  not null references apps (id) on delete cascade,
    name         varchar(100) not null,
    prefix       varchar(16)  not null,
    key_hash     varchar(64)  not null,
    scopes       varchar(200) not null,
    created_at   timestamp with time zone not null,
    last_used_at timestamp with time zone,
    expires_at   timestamp with time zone,
    revoked_at   timestamp with time zone,
    constraint uq_api_keys_hash unique (key_hash)
);
create index ix_api_keys_app on api_keys (app_id);

create table console_users (
    id            varchar(40)  primary key,
    username      varchar(100) not null,
    password_hash varchar(200) not null,
    role          varchar(20)  not null,
    org_id        varchar(40)  references organizations (id),
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    constraint uq_console_users_username unique (username)
);
create index ix_console_users_org on console_users (org_id);
