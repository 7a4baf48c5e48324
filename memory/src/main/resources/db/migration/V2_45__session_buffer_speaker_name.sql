-- The speaker's name of a buffered message (optional), kept until the flush makes it a conversation.
alter table session_buffer_messages add column speaker_name varchar(100);
