-- The change feed partners follow, and the webhooks that push it to them. Both are written in the
-- transaction of the change itself, so no change is lost and none is reported that did not happen.

-- Events are numbered one at a time, under a lock, so that their order is the order in which the
-- changes committed: a partner reading up to an event never misses an earlier one.
create sequence change_event_seq start with 1 increment by 1;

create table change_event (
    id                 bigint        not null primary key,
    occurred_at        timestamp with time zone not null,
    slug               varchar(80)   not null,
    kind               varchar(16)   not null,
    revision           integer       not null,
    visibility_before  varchar(16),
    visibility_after   varchar(16)   not null
);

create table change_log_lock (
    id  integer not null primary key
);

insert into change_log_lock (id) values (1);

create sequence webhook_seq start with 1 increment by 50;

create table webhook (
    id          bigint         not null primary key,
    url         varchar(2000)  not null,
    secret      varchar(200)   not null,
    events      varchar(200)   not null,
    active      boolean        not null,
    created_by  varchar(100)   not null,
    created_at  timestamp with time zone not null
);

create sequence webhook_delivery_seq start with 1 increment by 50;

create table webhook_delivery (
    id               bigint         not null primary key,
    webhook_id       bigint         not null references webhook (id) on delete cascade,
    event_id         bigint         not null references change_event (id),
    idempotency_key  varchar(64)    not null,
    payload          varchar(10000) not null,
    status           varchar(16)    not null,
    attempts         integer        not null,
    next_attempt_at  timestamp with time zone not null,
    last_status      integer,
    last_error       varchar(500),
    delivered_at     timestamp with time zone,
    created_at       timestamp with time zone not null,
    unique (webhook_id, event_id)
);

create index webhook_delivery_due_idx on webhook_delivery (status, next_attempt_at);
