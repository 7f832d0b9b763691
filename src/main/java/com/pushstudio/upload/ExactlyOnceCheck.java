package com.pushstudio.upload;

import java.util.OptionalLong;

import com.pushstudio.powerbi.PowerBiClient;
import com.pushstudio.powerbi.PowerBiException;
import com.pushstudio.powerbi.Workspace;

/**
 * Post Rows has no idempotency key, so after an answer was lost the table's row count
 * decides: as many rows as the job expects means the batch did not land and may be sent
 * again; that many plus the batch means it landed; anything else, or no count at all, and
 * the user decides.
 */
final class ExactlyOnceCheck {

	enum Verdict {

		NOT_LANDED, LANDED

	}

	private final PowerBiClient powerBi;

	ExactlyOnceCheck(PowerBiClient powerBi) {
		this.powerBi = powerBi;
	}

	/**
	 * @throws StopJob after moving the job to {@link JobState#NEEDS_DECISION}
	 */
	Verdict check(JobProgress progress, Batch batch) {
		UploadJob job = progress.job();
		Long expected = job.expectedTableRows();
		OptionalLong count = count(job);
		String lines = "lines " + batch.firstLine() + " to " + batch.lastLine();
		if (expected == null || count.isEmpty()) {
			throw needsDecision(progress, batch, "Power BI's answer to the batch of " + lines
					+ " was lost, and the table's row count cannot be read to tell whether those rows arrived.");
		}
		if (count.getAsLong() == expected) {
			return Verdict.NOT_LANDED;
		}
		if (count.getAsLong() == expected + batch.rowCount()) {
			return Verdict.LANDED;
		}
		throw needsDecision(progress, batch,
				"Power BI's answer to the batch of " + lines + " was lost. The table holds " + count.getAsLong()
						+ " rows: neither " + expected + " (the batch did not arrive) nor "
						+ (expected + batch.rowCount())
						+ " (it arrived once), so something else changed the table or the batch arrived in part.");
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

	private static StopJob needsDecision(JobProgress progress, Batch batch, String message) {
		progress.job().uncertain(batch, message, progress.now());
		progress.save();
		return new StopJob();
	}

}
