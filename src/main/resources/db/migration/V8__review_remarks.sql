-- Review remarks: what staff say about a draft while it is reviewed, including the remark a
-- reviewer gives when sending a draft back to its editors. Kept after publication, as part of the
-- document's review history; only staff who may see the document's drafts read them.

create sequence review_remark_seq start with 1 increment by 50;

create table review_remark (
    id        bigint         not null primary key,
    slug      varchar(80)    not null,
    revision  integer        not null,
    author    varchar(100)   not null,
    made_at   timestamp with time zone not null,
    remark    varchar(4000)  not null,
    returned  boolean        not null
);

create index review_remark_slug_idx on review_remark (slug, made_at);
