package com.pushstudio.upload;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.pushstudio.upload.AcknowledgedBatch.How;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * A job's batch records, which say what Power BI has: each batch is recorded in flight
 * before its request goes, and acknowledged once it landed. Batches land in any order;
 * the job resumes after the first run of acknowledged batches and skips those
 * acknowledged beyond it. The job's own counts follow the records and are rebuilt from
 * them on resume, so the job row need not be written with every record.
 */
final class BatchLedger {

	private final AcknowledgedBatchRepository batches;

	private final UploadJobRepository jobs;

	private final TransactionTemplate transactions;

	/** Acknowledged batches not yet part of the leading run, by index. */
	private final Map<Integer, AcknowledgedBatch> beyondPrefix = new TreeMap<>();

	private final List<AcknowledgedBatch> inFlightAtStart = new ArrayList<>();

	/** Acknowledged in memory, not yet written. */
	private final List<AcknowledgedBatch> unwritten = new ArrayList<>();

	private int prefix;

	private long prefixLastLine;

	private int acknowledgedCount;

	private long acknowledgedRows;

	BatchLedger(AcknowledgedBatchRepository batches, UploadJobRepository jobs, TransactionTemplate transactions,
			String jobId) {
		this.batches = batches;
		this.jobs = jobs;
		this.transactions = transactions;
		for (AcknowledgedBatch record : batches.findByJobIdOrderByBatchIndex(jobId)) {
			if (record.inFlight()) {
				this.inFlightAtStart.add(record);
			}
			else {
				add(record);
			}
		}
	}

	/** Batches recorded in flight when the last run ended: the row count decides them. */
	List<AcknowledgedBatch> inFlightAtStart() {
		return List.copyOf(this.inFlightAtStart);
	}

	/** How many leading batches of the file all landed. */
	int prefix() {
		return this.prefix;
	}

	/** The line through which every row landed: resume after it. */
	long prefixLastLine() {
		return this.prefixLastLine;
	}

	int acknowledgedCount() {
		return this.acknowledgedCount;
	}

	long acknowledgedRows() {
		return this.acknowledgedRows;
	}

	/**
	 * Whether the file's batch landed already (after the leading run).
	 * @throws IllegalStateException when the record holds other lines: the file or its
	 * batches changed, and no row count can be trusted then
	 */
	boolean landed(Batch batch) {
		AcknowledgedBatch record = this.beyondPrefix.get(batch.index());
		if (record == null) {
			return false;
		}
		requireSame(record, batch);
		return true;
	}

	static void requireSame(AcknowledgedBatch record, Batch batch) {
		if (!record.matches(batch)) {
			throw new IllegalStateException("Batch " + batch.index() + " of the file is now lines " + batch.firstLine()
					+ " to " + batch.lastLine() + ", but was sent as lines " + record.firstLine() + " to "
					+ record.lastLine());
		}
	}

	/**
	 * The batch landed: the counts change now, the record with the next {@link #write}.
	 */
	void acknowledged(UploadJob job, AcknowledgedBatch record, How how, Instant now) {
		record.acknowledge(how, now);
		add(record);
		job.acknowledged(record.rowCount(), this.acknowledgedCount, this.prefixLastLine, now);
		this.unwritten.add(record);
	}

	/**
	 * Writes the acknowledgements noted since the last write and, if given, the record of
	 * a batch about to go, in one transaction: a batch is on record before its request
	 * goes, and one that landed leaves the records in flight in the same commit as the
	 * one that takes its place, so that those on record can always be told apart by one
	 * row count.
	 */
	void write(AcknowledgedBatch goingNow) {
		if (this.unwritten.isEmpty() && goingNow == null) {
			return;
		}
		this.transactions.executeWithoutResult((status) -> {
			for (AcknowledgedBatch record : this.unwritten) {
				this.batches.acknowledge(record.id(), record.how(), record.acknowledgedAt());
			}
			if (goingNow != null && goingNow.id() == null) {
				this.batches.save(goingNow);
			}
			else if (goingNow != null) {
				this.batches.resent(goingNow.id(), goingNow.sentAt());
			}
		});
		this.unwritten.clear();
	}

	/**
	 * A batch recorded in flight by an earlier run that did not land: it is cut again
	 * from the file and sent under a new record.
	 */
	void forget(AcknowledgedBatch record) {
		this.inFlightAtStart.remove(record);
		if (record.id() != null) {
			this.batches.deleteById(record.id());
		}
	}

	private void add(AcknowledgedBatch record) {
		this.inFlightAtStart.remove(record);
		this.acknowledgedCount++;
		this.acknowledgedRows += record.rowCount();
		this.beyondPrefix.put(record.batchIndex(), record);
		while (this.beyondPrefix.containsKey(this.prefix)) {
			this.prefixLastLine = this.beyondPrefix.remove(this.prefix).lastLine();
			this.prefix++;
		}
	}

}
