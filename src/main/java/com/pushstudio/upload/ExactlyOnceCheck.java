package com.pushstudio.upload;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Collectors;

import com.pushstudio.powerbi.PowerBiClient;
import com.pushstudio.powerbi.PowerBiException;
import com.pushstudio.powerbi.Workspace;

/**
 * Post Rows has no idempotency key, so after answers were lost the table's row count
 * decides: it grew by the rows of exactly those uncertain batches that landed. The sender
 * keeps the batches it has in flight such that no two subsets of them hold as many rows,
 * so one count names the subset. No count, or one that no subset explains, and the user
 * decides.
 */
final class ExactlyOnceCheck {

	/** Reads of the count, at most, until two in a row agree. */
	static final int READS = 4;

	private final PowerBiClient powerBi;

	private final Duration settle;

	/**
	 * @param settle the time between two reads of the count
	 */
	ExactlyOnceCheck(PowerBiClient powerBi, Duration settle) {
		this.powerBi = powerBi;
		this.settle = settle;
	}

	/**
	 * Which of {@code uncertain} landed; call it only with no other request in flight.
	 * @throws StopJob after moving the job to {@link JobState#NEEDS_DECISION}
	 */
	List<AcknowledgedBatch> landed(JobProgress progress, List<AcknowledgedBatch> uncertain) {
		UploadJob job = progress.job();
		Long expected = job.expectedTableRows();
		OptionalLong count = (expected != null) ? count(job) : OptionalLong.empty();
		String lines = lines(uncertain);
		String batches = (uncertain.size() == 1) ? "the batch of " + lines : "the batches of " + lines;
		// A request whose answer was lost may still be landing: its rows would be taken
		// for rows that never came, and sent again. Read until two reads agree.
		for (int read = 1; count.isPresent(); read++) {
			progress.waitUntil(progress.now().plus(this.settle), WaitReason.BACKOFF);
			OptionalLong again = count(job);
			if (again.equals(count)) {
				break;
			}
			count = again;
			if (read + 1 >= READS) {
				throw needsDecision(progress, uncertain,
						"Power BI's answer to " + batches + " was lost, and the"
								+ " table's row count kept changing while nothing was being sent: something else is"
								+ " writing to the table.");
			}
		}
		if (expected == null || count.isEmpty()) {
			// A count that failed because the application is stopping is not the user's
			// problem: the next start reads it again.
			progress.checkStillWanted();
			throw needsDecision(progress, uncertain, "Power BI's answer to " + batches
					+ " was lost, and the table's row count cannot be read to tell whether those rows arrived.");
		}
		long gained = count.getAsLong() - expected;
		var landed = LandedBatches.landed(uncertain, AcknowledgedBatch::rowCount, gained);
		if (landed.isEmpty()) {
			throw needsDecision(progress, uncertain,
					"Power BI's answer to " + batches + " was lost. The table holds " + count.getAsLong() + " rows, "
							+ gained + " more than the " + expected + " it held with the rows known to"
							+ " have arrived: no set of these batches adds up to that, so something else changed the"
							+ " table or a batch arrived in part.");
		}
		return landed.get();
	}

	private OptionalLong count(UploadJob job) {
		try {
			return this.powerBi.rowCount(job.owner(), Workspace.of(job.workspaceId()), job.datasetId(),
					job.tableName());
		}
		catch (PowerBiException ex) {
			return OptionalLong.empty();
		}
	}

	private static String lines(List<AcknowledgedBatch> batches) {
		return "lines " + batches.stream()
			.sorted((a, b) -> Long.compare(a.firstLine(), b.firstLine()))
			.map((batch) -> batch.firstLine() + " to " + batch.lastLine())
			.collect(Collectors.joining(", "));
	}

	private static StopJob needsDecision(JobProgress progress, List<AcknowledgedBatch> uncertain, String message) {
		long first = uncertain.stream().mapToLong(AcknowledgedBatch::firstLine).min().orElseThrow();
		long last = uncertain.stream().mapToLong(AcknowledgedBatch::lastLine).max().orElseThrow();
		int rows = uncertain.stream().mapToInt(AcknowledgedBatch::rowCount).sum();
		progress.job().uncertain(first, last, rows, message, progress.now());
		progress.save();
		return new StopJob();
	}

}
