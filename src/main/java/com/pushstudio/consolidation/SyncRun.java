package com.pushstudio.consolidation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One sync of a source, for its history; per list counts and errors as JSON. */
@Entity
@Table(name = "sharepoint_sync_run")
class SyncRun {

	@Id
	private String id;

	@Column(name = "source_id", nullable = false)
	private String sourceId;

	@Column(name = "started_at", nullable = false)
	private Instant startedAt;

	@Column(name = "finished_at")
	private Instant finishedAt;

	@Column(name = "trigger_kind", nullable = false)
	private String trigger;

	private String mode;

	private String reason;

	@Column(name = "rows_appended", nullable = false)
	private long rowsAppended;

	@Column(name = "rows_rebuilt", nullable = false)
	private long rowsRebuilt;

	private String outcome;

	@Column(name = "upload_job_id")
	private String uploadJobId;

	@Column(name = "lists_json", nullable = false, length = 200000)
	private String listsJson;

	@Column(name = "errors_json", nullable = false, length = 100000)
	private String errorsJson;

	protected SyncRun() {
	}

	SyncRun(String id, String sourceId, Instant startedAt, String trigger) {
		this.id = id;
		this.sourceId = sourceId;
		this.startedAt = startedAt;
		this.trigger = trigger;
		this.listsJson = "[]";
		this.errorsJson = "[]";
	}

	void finish(Instant finishedAt, String mode, String reason, long rowsAppended, long rowsRebuilt, String outcome,
			String uploadJobId, String listsJson, String errorsJson) {
		this.finishedAt = finishedAt;
		this.mode = mode;
		this.reason = (reason != null && reason.length() > 2000) ? reason.substring(0, 1997) + "..." : reason;
		this.rowsAppended = rowsAppended;
		this.rowsRebuilt = rowsRebuilt;
		this.outcome = outcome;
		this.uploadJobId = uploadJobId;
		this.listsJson = listsJson;
		this.errorsJson = errorsJson;
	}

	String id() {
		return this.id;
	}

	String sourceId() {
		return this.sourceId;
	}

	Instant startedAt() {
		return this.startedAt;
	}

	Instant finishedAt() {
		return this.finishedAt;
	}

	String trigger() {
		return this.trigger;
	}

	String mode() {
		return this.mode;
	}

	String reason() {
		return this.reason;
	}

	long rowsAppended() {
		return this.rowsAppended;
	}

	long rowsRebuilt() {
		return this.rowsRebuilt;
	}

	String outcome() {
		return this.outcome;
	}

	String uploadJobId() {
		return this.uploadJobId;
	}

	String listsJson() {
		return this.listsJson;
	}

	String errorsJson() {
		return this.errorsJson;
	}

}
