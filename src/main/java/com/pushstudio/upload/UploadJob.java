package com.pushstudio.upload;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One CSV file pushed into one push table. Written by the worker running it; the web side
 * changes only jobs no worker holds (see {@link JobRunner}).
 */
@Entity
@Table(name = "upload_job")
class UploadJob {

	/** The length of {@code upload_job.message}: a longer message could not be saved. */
	static final int MESSAGE_LENGTH = 2000;

	@Id
	private String id;

	private String owner;

	private String workspaceId;

	private String datasetId;

	private String tableName;

	private String fileName;

	private String filePath;

	private long fileSize;

	@Column(name = "settings_json")
	private String settingsJson;

	private boolean replaceRows;

	private boolean validRowsOnly;

	@Enumerated(EnumType.STRING)
	private JobState state;

	private long bytesChecked;

	private long rowsChecked;

	private long rowsTotal;

	private long rowsSent;

	private long errorCount;

	private int batchesAcknowledged;

	private long lastAcknowledgedLine;

	private Long tableRowsAtStart;

	@Enumerated(EnumType.STRING)
	private WaitReason waitReason;

	private Instant waitUntil;

	private String message;

	private Long uncertainFirstLine;

	private Long uncertainLastLine;

	private Integer uncertainRows;

	private Instant createdAt;

	private Instant updatedAt;

	private Instant pushStartedAt;

	private Instant finishedAt;

	protected UploadJob() {
	}

	UploadJob(String id, String owner, String workspaceId, String datasetId, String tableName, String fileName,
			String filePath, long fileSize, String settingsJson, Instant now) {
		this.id = id;
		this.owner = owner;
		this.workspaceId = workspaceId;
		this.datasetId = datasetId;
		this.tableName = tableName;
		this.fileName = fileName;
		this.filePath = filePath;
		this.fileSize = fileSize;
		this.settingsJson = settingsJson;
		this.state = JobState.DRAFT;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void moveTo(JobState state, String message, Instant now) {
		this.state = state;
		this.message = fitted(message);
		this.waitReason = null;
		this.waitUntil = null;
		this.updatedAt = now;
		if (state.finished()) {
			this.finishedAt = now;
		}
	}

	void waiting(WaitReason reason, Instant until, Instant now) {
		this.waitReason = reason;
		this.waitUntil = until;
		this.updatedAt = now;
	}

	void checked(long bytes, long rows, long validRows, long errors, Instant now) {
		this.bytesChecked = bytes;
		this.rowsChecked = rows;
		this.rowsTotal = validRows;
		this.errorCount = errors;
		this.updatedAt = now;
	}

	void checking(long bytes, Instant now) {
		this.bytesChecked = bytes;
		this.updatedAt = now;
	}

	void pushStarted(Long tableRows, Instant now) {
		this.tableRowsAtStart = tableRows;
		this.pushStartedAt = now;
		this.rowsSent = 0;
		this.batchesAcknowledged = 0;
		this.lastAcknowledgedLine = 0;
		this.updatedAt = now;
	}

	/** Marks the batch as on its way: should the run end now, the next one checks it. */
	void inFlight(Batch batch, Instant now) {
		this.uncertainFirstLine = batch.firstLine();
		this.uncertainLastLine = batch.lastLine();
		this.uncertainRows = batch.rowCount();
		this.updatedAt = now;
	}

	void acknowledged(Batch batch, Instant now) {
		clearUncertain();
		this.rowsSent += batch.rowCount();
		this.batchesAcknowledged = batch.index() + 1;
		this.lastAcknowledgedLine = batch.lastLine();
		this.waitReason = null;
		this.waitUntil = null;
		this.updatedAt = now;
	}

	void uncertain(Batch batch, String message, Instant now) {
		this.uncertainFirstLine = batch.firstLine();
		this.uncertainLastLine = batch.lastLine();
		this.uncertainRows = batch.rowCount();
		moveTo(JobState.NEEDS_DECISION, message, now);
	}

	void clearUncertain() {
		this.uncertainFirstLine = null;
		this.uncertainLastLine = null;
		this.uncertainRows = null;
	}

	/** Rows the table should hold now if every acknowledged batch landed once. */
	Long expectedTableRows() {
		return (this.tableRowsAtStart != null) ? this.tableRowsAtStart + this.rowsSent : null;
	}

	/**
	 * The table's count is the new baseline; {@code null} when Power BI would not say.
	 */
	void rebaseTableRows(Long tableRowsNow, Instant now) {
		this.tableRowsAtStart = (tableRowsNow != null) ? tableRowsNow - this.rowsSent : null;
		this.updatedAt = now;
	}

	/** Back to the start of pushing; the worker clears the table first. */
	void restart(Instant now) {
		this.pushStartedAt = null;
		this.tableRowsAtStart = null;
		this.rowsSent = 0;
		this.batchesAcknowledged = 0;
		this.lastAcknowledgedLine = 0;
		clearUncertain();
		moveTo(JobState.QUEUED, null, now);
	}

	void settings(String settingsJson, Instant now) {
		this.settingsJson = settingsJson;
		this.updatedAt = now;
	}

	void choose(boolean replaceRows, boolean validRowsOnly) {
		this.replaceRows = replaceRows;
		this.validRowsOnly = validRowsOnly;
	}

	/** Cut to fit its column, with an ellipsis to say so. */
	static String fitted(String message) {
		if (message == null || message.length() <= MESSAGE_LENGTH) {
			return message;
		}
		return message.substring(0, MESSAGE_LENGTH - 1) + "…";
	}

	String id() {
		return this.id;
	}

	String owner() {
		return this.owner;
	}

	String workspaceId() {
		return this.workspaceId;
	}

	String datasetId() {
		return this.datasetId;
	}

	String tableName() {
		return this.tableName;
	}

	String fileName() {
		return this.fileName;
	}

	String filePath() {
		return this.filePath;
	}

	long fileSize() {
		return this.fileSize;
	}

	String settingsJson() {
		return this.settingsJson;
	}

	boolean replaceRows() {
		return this.replaceRows;
	}

	boolean validRowsOnly() {
		return this.validRowsOnly;
	}

	JobState state() {
		return this.state;
	}

	long bytesChecked() {
		return this.bytesChecked;
	}

	long rowsChecked() {
		return this.rowsChecked;
	}

	long rowsTotal() {
		return this.rowsTotal;
	}

	long rowsSent() {
		return this.rowsSent;
	}

	long errorCount() {
		return this.errorCount;
	}

	int batchesAcknowledged() {
		return this.batchesAcknowledged;
	}

	long lastAcknowledgedLine() {
		return this.lastAcknowledgedLine;
	}

	Long tableRowsAtStart() {
		return this.tableRowsAtStart;
	}

	WaitReason waitReason() {
		return this.waitReason;
	}

	Instant waitUntil() {
		return this.waitUntil;
	}

	String message() {
		return this.message;
	}

	Long uncertainFirstLine() {
		return this.uncertainFirstLine;
	}

	Long uncertainLastLine() {
		return this.uncertainLastLine;
	}

	Integer uncertainRows() {
		return this.uncertainRows;
	}

	boolean updatedAtBefore(Instant instant) {
		return this.updatedAt.isBefore(instant);
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant pushStartedAt() {
		return this.pushStartedAt;
	}

	Instant finishedAt() {
		return this.finishedAt;
	}

}
