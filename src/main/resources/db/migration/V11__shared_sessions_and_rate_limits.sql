-- Sessions and rate limits live in the database, so any node serves any request (no sticky load balancer) and a
-- client gets one limit, not one per node.

-- Spring Session JDBC's tables (its schema-postgresql.sql; BYTEA is also H2's name for VARBINARY)
create table spring_session (
  primary_id            char(36)     not null,
  session_id            char(36)     not null,
  creation_time         bigint       not null,
  last_access_time      bigint       not null,
  max_inactive_interval int          not null,
  expiry_time           bigint       not null,
  principal_name        varchar(100),
  constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
  session_primary_id char(36)     not null,
  attribute_name     varchar(200) not null,
  attribute_bytes    bytea        not null,
  constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
  constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id)
    on delete cascade
);

-- Bucket4j's buckets (one per limit and client address); a bucket that refilled completely expires and is removed
create table rate_limit_bucket (
  id         varchar(255) primary key,
  state      bytea,
  expires_at bigint
);
create index rate_limit_bucket_expires on rate_limit_bucket (expires_at);
