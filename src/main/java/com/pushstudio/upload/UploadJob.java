package com.pushstudio.upload;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One CSV file pushed into one push table. While runnable it is written only by the run
 * holding it (see {@link UploadWorkers}); the web side changes only jobs in other states,
 * which no run picks up, and asks a runnable one to stop through its cancel flag.
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

	private int parallelBatches = 1;

	private int requestsInFlight;

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

	/** Checked by every save: a change to a job that moved on since it was read fails. */
	@Version
	private long version;

	/** Set by {@link UploadJobRepository#requestCancel}; never written by a save. */
	@Column(insertable = false, updatable = false)
	private boolean cancelRequested;

	/** Power BI's failures in a row, kept while the job is parked between runs. */
	@Column(name = "failures_in_a_row")
	private int failuresInARow;

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
		if (state != JobState.PUSHING) {
			this.requestsInFlight = 0;
		}
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

	/**
	 * @param parallelBatches how many batches may be in flight; the batches are cut for
	 * it, so it stays until the push starts again from scratch
	 */
	void pushStarted(Long tableRows, int parallelBatches, Instant now) {
		this.tableRowsAtStart = tableRows;
		this.parallelBatches = parallelBatches;
		this.pushStartedAt = now;
		this.rowsSent = 0;
		this.batchesAcknowledged = 0;
		this.lastAcknowledgedLine = 0;
		this.updatedAt = now;
	}

	void requestsInFlight(int requests, Instant now) {
		this.requestsInFlight = requests;
		this.updatedAt = now;
	}

	/**
	 * One more batch landed. Batches may land out of file order: {@code batches} counts
	 * them all, {@code throughLine} is the line up to which every row has landed.
	 */
	void acknowledged(int rows, int batches, long throughLine, Instant now) {
		this.rowsSent += rows;
		this.batchesAcknowledged = batches;
		this.lastAcknowledgedLine = throughLine;
		this.waitReason = null;
		this.waitUntil = null;
		this.updatedAt = now;
	}

	/** The batch records are the truth after a restart; the counts here follow them. */
	void resumedWith(long rowsSent, int batches, long throughLine, Instant now) {
		this.rowsSent = rowsSent;
		this.batchesAcknowledged = batches;
		this.lastAcknowledgedLine = throughLine;
		this.requestsInFlight = 0;
		this.updatedAt = now;
	}

	/** The user accepted the uncertain batches, {@code rows} rows in all, as landed. */
	void accepted(int rows, Instant now) {
		clearUncertain();
		this.rowsSent += rows;
		this.updatedAt = now;
	}

	/**
	 * Stops for the user: the batches on lines {@code firstLine} to {@code lastLine},
	 * {@code rows} rows in all, may or may not be in the table.
	 */
	void uncertain(long firstLine, long lastLine, int rows, String message, Instant now) {
		this.uncertainFirstLine = firstLine;
		this.uncertainLastLine = lastLine;
		this.uncertainRows = rows;
		this.requestsInFlight = 0;
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

	/**
	 * Back to choosing options after a check found errors and nothing was sent: the next
	 * submission checks the whole file again.
	 */
	void reopen(Instant now) {
		checked(0, 0, 0, 0, now);
		this.validRowsOnly = false;
		moveTo(JobState.DRAFT, null, now);
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

	int parallelBatches() {
		return this.parallelBatches;
	}

	int requestsInFlight() {
		return this.requestsInFlight;
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

	/** The run keeps its copy of the job: it takes on the version its save wrote. */
	void savedAs(UploadJob saved) {
		this.version = saved.version;
	}

	boolean cancelRequested() {
		return this.cancelRequested;
	}

	int failuresInARow() {
		return this.failuresInARow;
	}

	void failuresInARow(int failures) {
		this.failuresInARow = failures;
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
