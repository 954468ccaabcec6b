-- A denial reason holds at most 1,000 characters. An emoji is one character but two UTF-16 units, which is how H2
-- counts a varchar's length: 1,000 characters of any kind, and the event's own words around them, need 4,000.
alter table user_id_request alter column denial_reason set data type varchar(4000);
alter table request_event alter column detail set data type varchar(4000);
