-- The inactivity sweep works in batches: an ID warned for its current idle period is marked with the last use the
-- warning was about, so the next batch (and a second run the same day) skips it.
alter table dealer_user add column idle_warned_for timestamp with time zone;
