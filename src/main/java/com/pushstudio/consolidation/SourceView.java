package com.pushstudio.consolidation;

import java.time.Instant;
import java.util.List;

/**
 * A table's SharePoint source as its page shows it.
 *
 * @param lists the lists the last sync took or refused, with their state
 * @param nextSync when the schedule runs it next, or null
 * @param syncing a sync is queued or running, or its rows are still being pushed
 * @param uploadJobId the upload job of the last sync's rows, or null
 */
public record SourceView(String id, String workspace, String datasetId, String datasetName, String tableName,
		String siteId, String siteTitle, String siteUrl, ListRule rule, String listNameColumn, String listUrlColumn,
		SyncSchedule schedule, Instant nextSync, boolean syncing, String uploadJobId, List<SourceListView> lists,
		List<SyncRunView> history) {

	public SourceView {
		lists = List.copyOf(lists);
		history = List.copyOf(history);
	}

	/**
	 * A list of the source.
	 *
	 * @param state {@code SYNCED}, {@code UNFIT} (its columns do not fit; never pushed),
	 * {@code FAILED} (Graph failed for it last time) or {@code NEW}
	 * @param items the items of it in the table
	 */
	public record SourceListView(String listId, String title, String webUrl, String state, String reason, long items) {
	}

}
