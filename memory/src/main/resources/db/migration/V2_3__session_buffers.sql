-- The batcher's durable buffer: messages appended per (app, user, session) until a flush
-- turns them into a conversation task (in the same transaction that empties the buffer).
create table session_buffer_messages (
    app_id     varchar(64)  not null,
    user_id    varchar(255) not null,
    session_id varchar(255) not null,
    seq        bigint       not null,
    role       varchar(16)  not null,
    content    varchar      not null,
    message_id varchar(255),
    said_at    timestamp with time zone,
    created_at timestamp with time zone not null,
    constraint pk_session_buffer_messages primary key (app_id, user_id, session_id, seq)
);
create index ix_session_buffer_created on session_buffer_messages (app_id, created_at);
