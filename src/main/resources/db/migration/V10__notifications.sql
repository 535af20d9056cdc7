-- E-mail notifications of workflow steps. The outbox row is written in the step's own transaction
-- and sent later by the scheduled sender, so a failing mail server never fails a step; a message
-- that could not be sent stays here and is tried again with a growing delay.

create sequence notification_seq start with 1 increment by 50;

create table notification (
    id               bigint         not null primary key,
    recipient        varchar(100)   not null,
    language         varchar(2)     not null,
    slug             varchar(80)    not null,
    step             varchar(20)    not null,
    subject          varchar(300)   not null,
    body             varchar(4000)  not null,
    created          timestamp with time zone not null,
    next_attempt_at  timestamp with time zone not null,
    sent_at          timestamp with time zone,
    attempts         integer        not null,
    last_error       varchar(1000)
);

create index notification_due_idx on notification (sent_at, next_attempt_at);
create index notification_recipient_idx on notification (recipient, created);

-- The staff the portal has seen sign in to take a step: the address from their token, and the
-- governments whose drafts they review, so that a submission reaches reviewers the configuration
-- does not list.
create table staff_contact (
    username     varchar(100)  not null primary key,
    address      varchar(320),
    reviews_for  varchar(20)   not null,
    seen_at      timestamp with time zone not null
);
