-- One row that a replica holds while it rebuilds the search index, so that replicas never build
-- the same new index at once (a rollout starts several, and each may see the mapping change).
-- The holder renews it as it works; one left behind by a replica that died expires.
create table search_rebuild_lease (
    id            integer                  not null primary key,
    owner         varchar(200),
    heartbeat_at  timestamp with time zone
);

insert into search_rebuild_lease (id, owner, heartbeat_at) values (1, null, null);
