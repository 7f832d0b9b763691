package com.pushstudio.upload;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A batch Power BI took, and how we know it did. */
@Entity
@Table(name = "upload_job_batch")
class AcknowledgedBatch {

	/** How a batch came to count as sent. */
	enum How {

		/** Power BI answered 200. */
		SENT,
		/** The answer was lost, but the table's row count grew by exactly the batch. */
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
		this.acknowledgedAt = at;
	}

	int rowCount() {
		return this.rowCount;
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
