-- The sandbox Power BI API's reports (Get Reports, Clone, Rebind, Post Import), beside its datasets (V3).
-- writable = false models a report the user may read but not change (no Write permission): Clone and Rebind refuse it.
-- clone_onto_model_refused models the reported Clone refusal with targetModelId, so clients exercise their Rebind fallback.

create table sandbox_powerbi_report (
    id varchar(36) primary key,
    workspace_id varchar(36) not null references sandbox_powerbi_workspace (id),
    owner_oid varchar(64) not null,
    name varchar(400) not null,
    dataset_id varchar(36) not null references sandbox_powerbi_dataset (id),
    writable boolean not null,
    clone_onto_model_refused boolean not null,
    seeded boolean not null,
    created_at timestamp with time zone not null
);

create index ix_sandbox_powerbi_report_owner on sandbox_powerbi_report (owner_oid);

-- Post Import is recorded: its state and what it created.
create table sandbox_powerbi_import (
    id varchar(36) primary key,
    workspace_id varchar(36) not null references sandbox_powerbi_workspace (id),
    owner_oid varchar(64) not null,
    name varchar(400) not null,
    import_state varchar(20) not null,
    report_id varchar(36) not null references sandbox_powerbi_report (id),
    dataset_id varchar(36) not null references sandbox_powerbi_dataset (id),
    created_at timestamp with time zone not null
);
