-- One row that nodes lock while they create staff groups, users, authorizations and filters at start-up, so two nodes
-- starting at the same moment on an empty database do not create them twice.
create table setup_lock (id integer primary key);
insert into setup_lock (id) values (1);
