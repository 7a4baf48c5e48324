-- ElevenLabs voice-agent webhooks served by Engram (issue #10 § 3): per app, the webhook HMAC
-- secret, the default agent and the first-message template; and the conversations whose
-- post-call transcript was accepted, so a conversation delivered twice is ingested once.
create table compat_elevenlabs_settings (
    app_id varchar(64) primary key,
    webhook_secret varchar(512) not null,
    first_message_template text,
    default_agent_id varchar(256),
    updated_at timestamp with time zone not null
);
create table compat_elevenlabs_conversations (
    app_id varchar(64) not null,
    conversation_id varchar(256) not null,
    received_at timestamp with time zone not null,
    primary key (app_id, conversation_id)
);
