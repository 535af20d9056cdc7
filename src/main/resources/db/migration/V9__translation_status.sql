-- Translation status: whether each language version of a document still says what the other says,
-- since which revision. Written when staff publish; documents without rows count as current.

create sequence translation_state_seq start with 1 increment by 50;

create table translation_state (
    id              bigint        not null primary key,
    slug            varchar(80)   not null,
    language        varchar(2)    not null,
    status          varchar(16)   not null,
    since_revision  integer       not null,
    changed_at      timestamp with time zone not null,
    unique (slug, language)
);

-- The change feed gains the event "translation-outdated", whose kind is longer than the others.
alter table change_event alter column kind set data type varchar(24);
