-- The schema of record: Power BI's Get Tables answers table names only, so the app's own copy of each
-- dataset's schema is the only source of its columns. A dataset made outside Push Studio can be adopted:
-- its columns are then stated by the user and stay marked as such until Power BI accepts a push.
alter table dataset_design add column origin varchar(16) default 'CREATED' not null;

-- JSON array of the names of tables whose columns the user stated and no push has confirmed yet.
alter table dataset_design add column stated_tables varchar(100000) default '[]' not null;

-- Two users may keep a record of one shared dataset (a workspace has several members).
alter table dataset_design drop constraint uk_dataset_design_dataset;
alter table dataset_design add constraint uk_dataset_design_owner_dataset unique (owner_principal_name, dataset_id);
