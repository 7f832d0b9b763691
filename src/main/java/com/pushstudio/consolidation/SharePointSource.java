package com.pushstudio.consolidation;

import java.time.Instant;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A table's SharePoint source: which site and lists feed it, how, when it syncs next, and
 * the upload job of its last rows. The version makes two syncs or a sync and a page that
 * write at once fail instead of overwrite each other.
 */
@Entity
@Table(name = "sharepoint_source")
class SharePointSource {

	@Id
	private String id;

	@Column(nullable = false)
	private String owner;

	/** {@code null} for My workspace. */
	@Column(name = "group_id")
	private String groupId;

	@Column(name = "dataset_id", nullable = false)
	private String datasetId;

	@Column(name = "table_name", nullable = false)
	private String tableName;

	@Column(name = "site_id", nullable = false)
	private String siteId;

	@Column(name = "site_title")
	private String siteTitle;

	@Column(name = "site_url")
	private String siteUrl;

	@Column(name = "rule_json", nullable = false, length = 20000)
	private String ruleJson;

	@Column(name = "site_time_zone", nullable = false)
	private String siteTimeZone;

	@Column(name = "list_name_column")
	private String listNameColumn;

	@Column(name = "list_url_column")
	private String listUrlColumn;

	@Column(name = "schedule_kind", nullable = false)
	private String scheduleKind;

	@Column(name = "schedule_minutes", nullable = false)
	private int scheduleMinutes;

	@Column(name = "schedule_at")
	private LocalTime scheduleAt;

	@Column(name = "schedule_zone", nullable = false)
	private String scheduleZone;

	@Column(name = "next_sync_at")
	private Instant nextSyncAt;

	@Column(name = "needs_rebuild", nullable = false)
	private boolean needsRebuild;

	@Column(name = "upload_job_id")
	private String uploadJobId;

	@Version
	private long version;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected SharePointSource() {
	}

	SharePointSource(String id, String owner, String groupId, String datasetId, String tableName, String siteId,
			String siteTitle, String siteUrl, String ruleJson, String siteTimeZone, String listNameColumn,
			String listUrlColumn, Instant createdAt) {
		this.id = id;
		this.owner = owner;
		this.groupId = groupId;
		this.datasetId = datasetId;
		this.tableName = tableName;
		this.siteId = siteId;
		this.siteTitle = siteTitle;
		this.siteUrl = siteUrl;
		this.ruleJson = ruleJson;
		this.siteTimeZone = siteTimeZone;
		this.listNameColumn = listNameColumn;
		this.listUrlColumn = listUrlColumn;
		this.scheduleKind = SyncSchedule.Kind.NONE.name();
		this.scheduleZone = "UTC";
		this.createdAt = createdAt;
	}

	void schedule(SyncSchedule schedule, Instant nextSyncAt) {
		this.scheduleKind = schedule.kind().name();
		this.scheduleMinutes = schedule.everyMinutes();
		this.scheduleAt = schedule.at();
		this.scheduleZone = (schedule.zone() != null) ? schedule.zone().getId() : "UTC";
		this.nextSyncAt = nextSyncAt;
	}

	SyncSchedule schedule() {
		return new SyncSchedule(SyncSchedule.Kind.valueOf(this.scheduleKind), this.scheduleMinutes, this.scheduleAt,
				java.time.ZoneId.of(this.scheduleZone));
	}

	void nextSyncAt(Instant nextSyncAt) {
		this.nextSyncAt = nextSyncAt;
	}

	void synced(String uploadJobId, boolean needsRebuild) {
		if (uploadJobId != null) {
			this.uploadJobId = uploadJobId;
		}
		this.needsRebuild = needsRebuild;
	}

	String id() {
		return this.id;
	}

	String owner() {
		return this.owner;
	}

	String groupId() {
		return this.groupId;
	}

	String datasetId() {
		return this.datasetId;
	}

	String tableName() {
		return this.tableName;
	}

	String siteId() {
		return this.siteId;
	}

	String siteTitle() {
		return this.siteTitle;
	}

	String siteUrl() {
		return this.siteUrl;
	}

	String ruleJson() {
		return this.ruleJson;
	}

	java.time.ZoneId siteTimeZone() {
		return java.time.ZoneId.of(this.siteTimeZone);
	}

	String listNameColumn() {
		return this.listNameColumn;
	}

	String listUrlColumn() {
		return this.listUrlColumn;
	}

	Instant nextSyncAt() {
		return this.nextSyncAt;
	}

	boolean needsRebuild() {
		return this.needsRebuild;
	}

	String uploadJobId() {
		return this.uploadJobId;
	}

	Instant createdAt() {
		return this.createdAt;
	}

}
