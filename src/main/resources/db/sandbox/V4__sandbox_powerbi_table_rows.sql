-- How many rows each sandbox push table holds, kept up to date by every append, FIFO trim and delete
-- in the same transaction, so that Post Rows and the row-count query read one row instead of counting
-- a growing table on every request.
create table sandbox_powerbi_table_rows (
    dataset_id varchar(36) not null references sandbox_powerbi_dataset (id),
    table_name varchar(200) not null,
    row_count bigint not null,
    primary key (dataset_id, table_name)
);

insert into sandbox_powerbi_table_rows (dataset_id, table_name, row_count)
select dataset_id, table_name, count(*) from sandbox_powerbi_row group by dataset_id, table_name;
