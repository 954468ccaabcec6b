-- The application catalog is reference data every environment needs.
insert into portal_application (code, name, description, needs_extra_steps, requestable, sort_order) values
  ('SMARTCASH', 'SmartCash', 'Floorplan payoffs and cash management for the dealership.', false, true, 10),
  ('INTELLIRATER', 'IntelliRater', 'Retail contract rating and submission.', false, true, 20),
  ('SMARTAUCTION', 'SmartAuction', 'Online wholesale vehicle auction. Needs additional enrollment steps.', true, false, 30);
