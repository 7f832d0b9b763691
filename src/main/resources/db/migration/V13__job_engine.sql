-- Upload jobs run on db-scheduler, which keeps its executions here so that every instance sees them: each dataset's
-- uploads are one execution, picked by one instance at a time, kept alive by heartbeats and taken over when they stop.
-- db-scheduler's own table (its PostgreSQL script), with VARCHAR keys where it uses TEXT: H2 cannot index TEXT.
-- BYTEA is PostgreSQL's binary type and an H2 alias of it.
create table scheduled_tasks (
    task_name varchar(100) not null,
    task_instance varchar(200) not null,
    task_data bytea,
    execution_time timestamp with time zone not null,
    picked boolean not null,
    picked_by varchar(200),
    last_success timestamp with time zone,
    last_failure timestamp with time zone,
    consecutive_failures integer,
    last_heartbeat timestamp with time zone,
    version bigint not null,
    priority smallint,
    primary key (task_name, task_instance)
);

create index execution_time_idx on scheduled_tasks (execution_time);
create index last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);

-- A person's Cancel, set from any instance and read by the one running the job. The job's own saves never write it.
alter table upload_job add column cancel_requested boolean default false not null;

-- Optimistic locking of the job row: two tabs (or two instances) that change a job waiting for its owner at once
-- cannot both win, and a change to a job that moved on in between is refused instead of overwriting it.
alter table upload_job add column version bigint default 0 not null;

-- How many times in a row Power BI failed the job's requests, kept while the job is parked between two runs.
alter table upload_job add column failures_in_a_row integer default 0 not null;

-- Each dataset's runnable jobs, oldest first: what an execution looks up when it starts.
create index upload_job_dataset_state_idx on upload_job (dataset_id, state, created_at);
