-- The sandbox Microsoft Graph API's SharePoint data: sites, their lists and columns, and list items with what delta
-- query needs: a change number per list that every change takes the next of, items keeping the number of their last
-- change, tombstones (deleted = true) so that a delta reports deletions, and an epoch per list that invalidates every
-- delta token handed out before it (410 Gone).

create table sandbox_graph_site (
    id varchar(200) primary key,
    hostname varchar(200) not null,
    server_relative_path varchar(400) not null,
    name varchar(255) not null,
    display_name varchar(255) not null,
    time_zone varchar(64) not null,
    created_at timestamp with time zone not null,
    constraint uk_sandbox_graph_site_path unique (hostname, server_relative_path)
);

create table sandbox_graph_list (
    id varchar(36) primary key,
    site_id varchar(200) not null references sandbox_graph_site (id),
    position bigint not null,
    name varchar(255) not null,
    display_name varchar(255) not null,
    template varchar(40) not null,
    hidden boolean not null,
    created_at timestamp with time zone not null,
    modified_at timestamp with time zone not null,
    epoch integer not null,
    last_change bigint not null,
    last_item_id integer not null
);

create index ix_sandbox_graph_list_site on sandbox_graph_list (site_id, position);

create table sandbox_graph_column (
    list_id varchar(36) not null references sandbox_graph_list (id),
    position integer not null,
    id varchar(36) not null,
    name varchar(255) not null,
    display_name varchar(255) not null,
    hidden boolean not null,
    read_only boolean not null,
    -- The one type facet as Graph's own JSON, e.g. {"choice":{"choices":["Open"],...}}.
    facet_json varchar(20000) not null,
    primary key (list_id, name)
);

create table sandbox_graph_item (
    list_id varchar(36) not null references sandbox_graph_list (id),
    item_id integer not null,
    -- The fields as Graph sends them (person and lookup columns as {Name}LookupId only).
    fields_json varchar(1000000) not null,
    created_at timestamp with time zone not null,
    modified_at timestamp with time zone not null,
    change_seq bigint not null,
    deleted boolean not null,
    primary key (list_id, item_id)
);

create index ix_sandbox_graph_item_change on sandbox_graph_item (list_id, change_seq, item_id);
