-- Apps being deleted: written in the transaction that deletes the app, removed by the purge job's
-- final pass once nothing of the app is left. Every instance refuses writes for these apps.
create table app_purges (
    app_id       varchar(64) not null,
    requested_at timestamp with time zone not null,
    constraint pk_app_purges primary key (app_id)
);
