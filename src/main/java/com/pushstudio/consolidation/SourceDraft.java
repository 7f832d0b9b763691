package com.pushstudio.consolidation;

import java.time.ZoneId;

/**
 * What a person chose for a new SharePoint source of a table. List columns map to table
 * columns by name (title or API name, case-insensitive).
 *
 * @param workspace the workspace id, or {@code me} for My workspace
 * @param siteTimeZone the zone the site's dates and times are read in
 * @param listNameColumn a text column of the table that gets each row's list title, or
 * null
 * @param listUrlColumn a text column of the table that gets each row's list address, or
 * null
 */
public record SourceDraft(String workspace, String datasetId, String tableName, String siteId, ListRule rule,
		ZoneId siteTimeZone, String listNameColumn, String listUrlColumn, SyncSchedule schedule) {
}
