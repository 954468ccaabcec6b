-- Dealers sign in to the lender's applications through Dealer Access Desk (OpenID Connect, Spring Authorization
-- Server). Spring Authorization Server's own tables (its JDBC services), written for H2 and PostgreSQL alike: its
-- "blob" columns are unbounded varchar (PostgreSQL has no blob) and every time keeps its zone.

-- The applications' clients: one per catalog application, client_id = the application code in lower case.
create table oauth2_registered_client (
  id                             varchar(100)  not null primary key,
  client_id                      varchar(100)  not null,
  client_id_issued_at            timestamp with time zone default current_timestamp not null,
  client_secret                  varchar(200),
  client_secret_expires_at       timestamp with time zone,
  client_name                    varchar(200)  not null,
  client_authentication_methods  varchar(1000) not null,
  authorization_grant_types      varchar(1000) not null,
  redirect_uris                  varchar(1000),
  post_logout_redirect_uris      varchar(1000),
  scopes                         varchar(1000) not null,
  client_settings                varchar(2000) not null,
  token_settings                 varchar(2000) not null,
  constraint ux_oauth2_registered_client_client_id unique (client_id)
);

create table oauth2_authorization_consent (
  registered_client_id  varchar(100)  not null,
  principal_name        varchar(200)  not null,
  authorities           varchar(1000) not null,
  primary key (registered_client_id, principal_name)
);

-- One dealer's sign-in to one application: its code, tokens and refresh token. Revocation removes the rows of a user
-- ID (principal_name), or of a user ID and one client; the nightly retention removes those past every expiry.
create table oauth2_authorization (
  id                             varchar(100) not null primary key,
  registered_client_id           varchar(100) not null,
  principal_name                 varchar(200) not null,
  authorization_grant_type       varchar(100) not null,
  authorized_scopes              varchar(1000),
  attributes                     varchar,
  state                          varchar(500),
  authorization_code_value       varchar,
  authorization_code_issued_at   timestamp with time zone,
  authorization_code_expires_at  timestamp with time zone,
  authorization_code_metadata    varchar,
  access_token_value             varchar,
  access_token_issued_at         timestamp with time zone,
  access_token_expires_at        timestamp with time zone,
  access_token_metadata          varchar,
  access_token_type              varchar(100),
  access_token_scopes            varchar(1000),
  oidc_id_token_value            varchar,
  oidc_id_token_issued_at        timestamp with time zone,
  oidc_id_token_expires_at       timestamp with time zone,
  oidc_id_token_metadata         varchar,
  refresh_token_value            varchar,
  refresh_token_issued_at        timestamp with time zone,
  refresh_token_expires_at       timestamp with time zone,
  refresh_token_metadata         varchar,
  user_code_value                varchar,
  user_code_issued_at            timestamp with time zone,
  user_code_expires_at           timestamp with time zone,
  user_code_metadata             varchar,
  device_code_value              varchar,
  device_code_issued_at          timestamp with time zone,
  device_code_expires_at         timestamp with time zone,
  device_code_metadata           varchar
);
create index ix_oauth2_authorization_principal on oauth2_authorization (principal_name, registered_client_id);
create index ix_oauth2_authorization_state on oauth2_authorization (state);
-- codes and refresh tokens are short random strings; the access and ID tokens (JWTs) are found by these rows' id
create index ix_oauth2_authorization_code on oauth2_authorization (authorization_code_value);
create index ix_oauth2_authorization_refresh on oauth2_authorization (refresh_token_value);

-- The signing keys (RSA, as JWKs), the private part encrypted under dealeraccess.security.token-secret. The newest
-- key signs; a key replaced by a rotation is still published (JWKS) until published_until, when every token it
-- signed has expired.
create table sign_in_key (
  kid              varchar(100) not null primary key,
  jwk              varchar      not null,
  created_at       timestamp with time zone not null,
  retired_at       timestamp with time zone,
  published_until  timestamp with time zone
);

-- The last sign-in to each application (the 60-day rule counts it as use).
alter table application_grant add column last_used_at timestamp with time zone;
