-- The tenant (tid) a user's object id (oid) was first seen in. Everything the app keeps is keyed by oid; a sign-in
-- with the same oid from another tenant is refused instead of reaching that data. Filled at each user's next sign-in.
alter table authorized_client add column tenant_id varchar(64);
