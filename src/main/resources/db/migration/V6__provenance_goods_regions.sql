-- What each document is (an official instrument or an editorial note), when its facts were last
-- checked against the source, and the goods and places it covers.
-- Portable SQL: runs unchanged on PostgreSQL (production, tests) and H2 (local run).

alter table agency add column editorial boolean default false not null;

alter table document add column provenance varchar(16) default 'OFFICIAL' not null;
alter table document add column reviewed date;

create table good (
    id           varchar(64)   not null primary key,
    position     integer       not null,
    parent_id    varchar(64),
    label_en     varchar(200)  not null,
    label_ja     varchar(200)  not null,
    variants_en  varchar(2000),
    variants_ja  varchar(2000)
);

create table region (
    id           varchar(64)   not null primary key,
    position     integer       not null,
    parent_id    varchar(64),
    label_en     varchar(200)  not null,
    label_ja     varchar(200)  not null,
    variants_en  varchar(2000),
    variants_ja  varchar(2000)
);

create table document_good (
    document_id  bigint       not null references document (id) on delete cascade,
    position     integer      not null,
    good_id      varchar(64)  not null references good (id),
    primary key (document_id, position)
);

create index document_good_good_idx on document_good (good_id);

create table document_region (
    document_id  bigint       not null references document (id) on delete cascade,
    position     integer      not null,
    region_id    varchar(64)  not null references region (id),
    primary key (document_id, position)
);

create index document_region_region_idx on document_region (region_id);
