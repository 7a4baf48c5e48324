-- Quotas and rate limits: overrides per organization and per API key (columns left null take
-- the configured default), and LLM calls counted per organization and UTC day.
create table limit_overrides (
    id                  varchar(90) primary key,
    subject_type        varchar(10) not null,
    subject_id          varchar(40) not null,
    requests_per_second integer,
    memories_per_app    bigint,
    storage_mb_per_app  bigint,
    llm_calls_per_day   bigint,
    updated_at          timestamp with time zone not null
);

create table llm_usage (
    org_id varchar(40) not null,
    usage_day date     not null,
    calls  bigint      not null,
    constraint pk_llm_usage primary key (org_id, usage_day)
);
