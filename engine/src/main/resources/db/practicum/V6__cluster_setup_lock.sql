-- Named locks for work that every node of a cluster does on start-up and that must not run twice at the same
-- moment (the idempotent set-up of administrator, groups, authorizations and Tasklist filters): a node selects
-- the row FOR UPDATE in the set-up's transaction, so a second node starting at the same moment waits, then finds
-- everything there. Camunda does the same for deployments with its ACT_GE_PROPERTY 'deployment.lock' row.
create table practicum_lock (
    name                varchar(64)  not null primary key,
    description         varchar(255)
);

insert into practicum_lock (name, description) values ('startup-setup', 'PracticumSetup: administrator, access, Tasklist filters');
