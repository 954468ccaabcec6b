-- Denial reasons are coded (for the dealer's email and the analytics) plus free text.
alter table user_id_request add column denial_code varchar(40);
