-- The knowledge base: vocabularies, documents and their language versions.
-- Portable SQL: runs unchanged on PostgreSQL (production, tests) and H2 (local run).

create table agency (
    id          varchar(64)  not null primary key,
    government  varchar(8)   not null,
    label_en    varchar(300) not null,
    label_ja    varchar(300) not null
);

create table topic (
    id              varchar(64)   not null primary key,
    position        integer       not null,
    label_en        varchar(200)  not null,
    label_ja        varchar(200)  not null,
    description_en  varchar(1000),
    description_ja  varchar(1000)
);

create table glossary_term (
    term_en        varchar(200)  not null primary key,
    term_ja        varchar(200)  not null unique,
    definition_en  varchar(2000),
    definition_ja  varchar(2000),
    position       integer       not null
);

create table glossary_variant (
    term_en   varchar(200) not null references glossary_term (term_en) on delete cascade,
    position  integer      not null,
    variant   varchar(200) not null,
    primary key (term_en, position)
);

create sequence document_seq start with 1 increment by 50;
create sequence language_version_seq start with 1 increment by 50;

create table document (
    id                      bigint        not null primary key,
    slug                    varchar(80)   not null unique,
    type                    varchar(32)   not null,
    government              varchar(8)    not null,
    agency_id               varchar(64)   not null references agency (id),
    issued                  date          not null,
    issued_precision        varchar(8)    not null,
    effective               date,
    effective_precision     varchar(8),
    updated                 date,
    updated_precision       varchar(8),
    status                  varchar(16)   not null,
    binding                 boolean       not null,
    citation                varchar(300),
    source_url              varchar(1000) not null,
    visibility              varchar(16)   not null,
    superseded_by           varchar(80),
    single_language_reason  varchar(500),
    content_path            varchar(300),
    content_hash            varchar(64),
    created_at              timestamp with time zone not null,
    modified_at             timestamp with time zone not null,
    version                 integer       not null
);

create index document_issued_idx on document (issued);

create table document_topic (
    document_id  bigint       not null references document (id) on delete cascade,
    position     integer      not null,
    topic_id     varchar(64)  not null references topic (id),
    primary key (document_id, position)
);

create index document_topic_topic_idx on document_topic (topic_id);

create table language_version (
    id           bigint          not null primary key,
    document_id  bigint          not null references document (id) on delete cascade,
    language     varchar(2)      not null,
    title        varchar(500)    not null,
    summary      varchar(2000)   not null,
    scope        varchar(1000),
    enforcement  varchar(1000),
    body         varchar(1000000) not null,
    unique (document_id, language)
);
