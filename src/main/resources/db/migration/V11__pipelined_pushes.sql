-- Several Post Rows requests in flight per job. Each batch is recorded before its request goes (how = IN_FLIGHT,
-- with sent_at) and updated once its fate is known, so that after a restart the table's row count decides every
-- batch that was on its way. Standard SQL, for H2 and PostgreSQL alike.
alter table upload_job_batch add column sent_at timestamp with time zone;
alter table upload_job_batch alter column acknowledged_at drop not null;

-- How many batches a job's push may have in flight; its batch sizes are staggered for that many when it starts, and
-- stay so on resume. Jobs that started pushing before this change keep one at a time.
alter table upload_job add column parallel_batches integer default 1 not null;
-- Post Rows requests of the job awaiting an answer right now, for the progress page.
alter table upload_job add column requests_in_flight integer default 0 not null;

-- A job that was stopped with its one batch in flight kept it only in upload_job.uncertain_*: record it as the batch
-- in flight, which is where the push engine now looks.
insert into upload_job_batch (job_id, batch_index, first_line, last_line, row_count, how, acknowledged_at, sent_at)
select id, batches_acknowledged, uncertain_first_line, uncertain_last_line, uncertain_rows, 'IN_FLIGHT', null, updated_at
from upload_job
where uncertain_first_line is not null and state not in ('DONE', 'CANCELLED', 'FAILED');
