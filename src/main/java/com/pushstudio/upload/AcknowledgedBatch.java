package com.pushstudio.upload;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A batch sent to Power BI: recorded as in flight before its request goes, then as
 * acknowledged once we know it landed. A record still in flight after a restart is
 * decided by the table's row count.
 */
@Entity
@Table(name = "upload_job_batch")
class AcknowledgedBatch {

	/** Where a batch stands, and for an acknowledged one how we know it landed. */
	enum How {

		/** Sent, or about to be: no answer yet, or an answer that did not settle it. */
		IN_FLIGHT,
		/** Power BI answered 200. */
		SENT,
		/**
		 * The answer was lost, but the table's row count showed that the batch landed.
		 */
		FOUND,
		/** The answer was lost and the user chose to accept the table as it is. */
		ACCEPTED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String jobId;

	private int batchIndex;

	private long firstLine;

	private long lastLine;

	private int rowCount;

	@Enumerated(EnumType.STRING)
	private How how;

	private Instant sentAt;

	private Instant acknowledgedAt;

	protected AcknowledgedBatch() {
	}

	AcknowledgedBatch(String jobId, Batch batch, How how, Instant at) {
		this.jobId = jobId;
		this.batchIndex = batch.index();
		this.firstLine = batch.firstLine();
		this.lastLine = batch.lastLine();
		this.rowCount = batch.rowCount();
		this.how = how;
		if (how == How.IN_FLIGHT) {
			this.sentAt = at;
		}
		else {
			this.acknowledgedAt = at;
		}
	}

	static AcknowledgedBatch inFlight(String jobId, Batch batch, Instant sentAt) {
		return new AcknowledgedBatch(jobId, batch, How.IN_FLIGHT, sentAt);
	}

	/** Sent again: the new request is the one that counts. */
	void resent(Instant at) {
		this.sentAt = at;
	}

	void acknowledge(How how, Instant at) {
		this.how = how;
		this.acknowledgedAt = at;
	}

	boolean inFlight() {
		return this.how == How.IN_FLIGHT;
	}

	/** The same rows as this record: a resumed job must cut its file the same way. */
	boolean matches(Batch batch) {
		return batch.index() == this.batchIndex && batch.firstLine() == this.firstLine
				&& batch.lastLine() == this.lastLine && batch.rowCount() == this.rowCount;
	}

	Long id() {
		return this.id;
	}

	String jobId() {
		return this.jobId;
	}

	int batchIndex() {
		return this.batchIndex;
	}

	int rowCount() {
		return this.rowCount;
	}

	Instant sentAt() {
		return this.sentAt;
	}

	Instant acknowledgedAt() {
		return this.acknowledgedAt;
	}

	How how() {
		return this.how;
	}

	long firstLine() {
		return this.firstLine;
	}

	long lastLine() {
		return this.lastLine;
	}

}
