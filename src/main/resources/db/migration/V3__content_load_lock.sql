-- One row that replicas lock while they load content/, so that two replicas starting together
-- load one after the other instead of racing to insert the same documents.
create table content_load_lock (
    id integer not null primary key
);

insert into content_load_lock (id) values (1);
