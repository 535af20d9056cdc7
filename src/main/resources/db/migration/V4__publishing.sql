-- Publishing: drafts on their way through review, immutable revisions, the audit log and
-- attachments. A document row is what readers see; a draft is what staff are preparing.

alter table document add column current_revision integer default 0 not null;
-- Set once staff publish the document in the portal: content/ no longer overwrites it.
alter table document add column edited_in_portal boolean default false not null;

create sequence document_draft_seq start with 1 increment by 50;

create table document_draft (
    id             bigint          not null primary key,
    slug           varchar(80)     not null unique,
    government     varchar(8)      not null,
    title          varchar(500)    not null,
    content        varchar(4000000) not null,
    state          varchar(16)     not null,
    approved_jp    varchar(100),
    approved_us    varchar(100),
    change_note    varchar(2000),
    major          boolean         not null,
    publish_at     timestamp with time zone,
    base_revision  integer         not null,
    created_by     varchar(100)    not null,
    created_at     timestamp with time zone not null,
    updated_by     varchar(100)    not null,
    updated_at     timestamp with time zone not null,
    version        integer         not null
);

create index document_draft_publish_at_idx on document_draft (publish_at);

create sequence document_revision_seq start with 1 increment by 50;

create table document_revision (
    id            bigint          not null primary key,
    slug          varchar(80)     not null,
    number        integer         not null,
    major         boolean         not null,
    change_note   varchar(2000)   not null,
    content       varchar(4000000) not null,
    published_at  timestamp with time zone not null,
    published_by  varchar(100)    not null,
    unique (slug, number)
);

create sequence audit_event_seq start with 1 increment by 50;

create table audit_event (
    id           bigint         not null primary key,
    occurred_at  timestamp with time zone not null,
    actor        varchar(100)   not null,
    action       varchar(40)    not null,
    slug         varchar(80),
    detail       varchar(1000)
);

create index audit_event_occurred_idx on audit_event (occurred_at);

create sequence attachment_seq start with 1 increment by 50;

create table attachment (
    id              bigint         not null primary key,
    slug            varchar(80)    not null,
    document_id     bigint         references document (id) on delete set null,
    file_name       varchar(200)   not null,
    media_type      varchar(100)   not null,
    size_bytes      bigint         not null,
    sha256          varchar(64)    not null,
    content         ${binary_type} not null,
    extracted_text  varchar(1000000),
    uploaded_by     varchar(100)   not null,
    uploaded_at     timestamp with time zone not null
);

create index attachment_slug_idx on attachment (slug);
create index attachment_document_idx on attachment (document_id);
