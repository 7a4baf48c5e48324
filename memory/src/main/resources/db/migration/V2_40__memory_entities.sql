-- The entities (people, places, organizations, products, dates) each active memory names, found
-- by rules at write time (dev.engram.memory.entity.Entities). A memory's rows are replaced when it
-- is updated and removed when it stops being active; deleting the memory deletes them.
create table memory_entities (
    app_id    varchar(64)  not null,
    memory_id varchar(64)  not null,
    user_id   varchar(255) not null,
    entity    varchar(200) not null,
    name      varchar(200) not null,
    kind      varchar(16)  not null,
    constraint pk_memory_entities primary key (app_id, memory_id, entity),
    constraint fk_memory_entities_memory foreign key (app_id, memory_id)
        references memories (app_id, id) on delete cascade
);
create index ix_memory_entities_user_entity on memory_entities (app_id, user_id, entity);
