-- The key of the form page a request was submitted from: the same form sent twice (double click, back and resubmit,
-- a replayed POST) finds the request it already created instead of creating a second one.
alter table user_id_request add column submission_key varchar(36);
create unique index ux_user_id_request_submission_key on user_id_request (submission_key);
