-- The sandbox Power BI API's data, so that workspaces, datasets and pushed rows survive a restart.
-- Reports (Clone, Rebind) will add a sandbox_powerbi_report table referencing workspace and dataset.

create table sandbox_powerbi_workspace (
    id varchar(36) primary key,
    owner_oid varchar(64) not null,
    name varchar(200) not null,
    personal boolean not null,
    constraint uk_sandbox_powerbi_workspace_owner_name unique (owner_oid, name)
);

create table sandbox_powerbi_dataset (
    id varchar(36) primary key,
    workspace_id varchar(36) not null references sandbox_powerbi_workspace (id),
    owner_oid varchar(64) not null,
    name varchar(400) not null,
    default_mode varchar(20) not null,
    retention_policy varchar(20) not null,
    add_rows_api_enabled boolean not null,
    configured_by varchar(320),
    created_at timestamp with time zone not null,
    -- Tables, columns, measures and relationships as Power BI's own JSON: always read and written whole.
    schema_json varchar(1000000) not null
);

create index ix_sandbox_powerbi_dataset_owner on sandbox_powerbi_dataset (owner_oid);

-- One row per pushed row; the id (from a pooled sequence) orders rows, so FIFO trimming drops the lowest ids.
create sequence sandbox_powerbi_row_seq start with 1 increment by 1000;

create table sandbox_powerbi_row (
    id bigint primary key,
    dataset_id varchar(36) not null references sandbox_powerbi_dataset (id),
    table_name varchar(200) not null,
    row_json varchar(1000000) not null
);

create index ix_sandbox_powerbi_row_table on sandbox_powerbi_row (dataset_id, table_name, id);
