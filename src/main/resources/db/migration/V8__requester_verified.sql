-- Whether the person who asked for a deactivation is verified as the ID's owner (logged in, or confirmed by the link
-- sent to the email on file). Only a verified request locks the ID before the help desk decides.
alter table user_id_request add column requester_verified boolean default false not null;
