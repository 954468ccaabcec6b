-- Remove/add application access, reactivation, deactivation and SmartAuction enrollment.

-- deactivation: who asked (the employee or the dealership) and why
alter table user_id_request add column submitted_by varchar(20);
alter table user_id_request add column deactivation_reason varchar(40);

-- a deactivation request locks the ID at once; denial lifts the lock
alter table dealer_user add column pending_deactivation boolean default false not null;
-- three wrong security answers block reactivation requests for 24 hours
alter table dealer_user add column reactivation_failures integer default 0 not null;
alter table dealer_user add column reactivation_blocked_until timestamp with time zone;

-- SmartAuction's additional steps exist now
update portal_application set requestable = true where code = 'SMARTAUCTION';
