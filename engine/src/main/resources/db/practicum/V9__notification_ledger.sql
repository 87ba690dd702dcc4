-- Notifications sent (issue 8): one row per notification and recipient, keyed
-- <kind>:<task id>:<user id> or digest:<yyyy-MM-dd>:<user id>. Written outside the engine's transaction, so a job
-- retry or a second node of the cluster never sends the same message twice (NotificationLedger).
-- No e-mail address or name here: only the user id, the address is looked up when sending.

create table practicum_notification (
    notification_key  varchar(200) not null primary key,
    kind              varchar(20)  not null,
    recipient_id      varchar(64)  not null,
    task_id           varchar(64),
    -- CLAIMED (a node is sending it now), SENT, NO_ADDRESS (the user has no e-mail address: not tried again)
    status            varchar(12)  not null,
    claimed_at        timestamp    not null,
    sent_at           timestamp
);

create index practicum_notification_recipient on practicum_notification (recipient_id);
