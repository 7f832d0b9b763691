package com.pushstudio.upload;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

import com.pushstudio.account.ConsentRequiredException;
import com.pushstudio.account.TokenUnavailableException;
import com.pushstudio.powerbi.PowerBiClient;
import com.pushstudio.powerbi.PowerBiException;
import com.pushstudio.powerbi.PowerBiServerException;
import com.pushstudio.powerbi.PowerBiThrottledException;
import com.pushstudio.powerbi.PowerBiUnavailableException;
import com.pushstudio.powerbi.Workspace;
import com.pushstudio.upload.AcknowledgedBatch.How;
import com.pushstudio.upload.ExactlyOnceCheck.Verdict;
import com.pushstudio.upload.UploadConfiguration.UploadClock;
import com.pushstudio.web.ErrorReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Runs one upload job on a worker thread: checks the whole file, then sends its batches
 * one at a time, paced, each exactly once, recording every acknowledged batch so that a
 * restart resumes after the last one.
 */
@Service
class RowPusher {

	private static final Logger logger = LoggerFactory.getLogger(RowPusher.class);

	private final UploadJobRepository jobs;

	private final AcknowledgedBatchRepository batches;

	private final PowerBiClient powerBi;

	private final FileCheck files;

	private final ExactlyOnceCheck exactlyOnce;

	private final PushPacer pacer;

	private final UploadProperties properties;

	private final UploadClock clock;

	private final JobSettingsJson settingsJson;

	RowPusher(UploadJobRepository jobs, AcknowledgedBatchRepository batches, PowerBiClient powerBi,
			CsvPipeline pipeline, UploadFiles uploadFiles, PushPacer pacer, UploadProperties properties,
			UploadClock clock, JobSettingsJson settingsJson) {
		this.jobs = jobs;
		this.batches = batches;
		this.powerBi = powerBi;
		this.files = new FileCheck(pipeline, uploadFiles);
		this.exactlyOnce = new ExactlyOnceCheck(powerBi);
		this.pacer = pacer;
		this.properties = properties;
		this.clock = clock;
		this.settingsJson = settingsJson;
	}

	/**
	 * @param cancelRequested the user cancelled: the job ends as CANCELLED
	 * @param stopping the application stops: the job ends its run as it stands
	 */
	void run(String jobId, BooleanSupplier cancelRequested, BooleanSupplier stopping) {
		UploadJob job = this.jobs.findById(jobId).orElseThrow();
		JobProgress progress = new JobProgress(job, this.jobs, this.clock.clock(), cancelRequested, stopping);
		try {
			progress.checkStillWanted();
			JobSettings settings = this.settingsJson.read(job);
			if (job.rowsChecked() == 0 && !check(progress, settings)) {
				return;
			}
			push(progress, settings);
			progress.stop(JobState.DONE, null);
		}
		catch (StopJob ex) {
			// State saved where it was thrown.
		}
		catch (ConsentRequiredException ex) {
			stopQuietly(progress, JobState.PAUSED,
					"Push Studio has no valid Power BI consent for you: connect to Power BI again, then resume.");
		}
		catch (PowerBiException ex) {
			logger.warn("Upload {} failed: {}", jobId, ex.getMessage());
			stopQuietly(progress, JobState.FAILED, ex.userMessage());
		}
		catch (CsvFileException ex) {
			stopQuietly(progress, JobState.FAILED, "The file cannot be sent: " + ex.error());
		}
		catch (IOException | RuntimeException ex) {
			if (!stopping.getAsBoolean()) {
				// The user reads a reference, never the exception: its text can name
				// files on the server and mean nothing to them.
				String reference = ErrorReference.next();
				logger.error("Upload {} failed, reference {}", jobId, reference, ex);
				stopQuietly(progress, JobState.FAILED,
						"The upload stopped on an unexpected error. If it happens again, give your administrator "
								+ "this reference: " + reference + ".");
			}
		}
		finally {
			// As stored, not as held: a job whose end could not be saved runs again
			// and needs its file.
			this.jobs.findById(jobId).ifPresent(this.files::discardIfEnded);
		}
	}

	/**
	 * @return whether to go on pushing
	 */
	private boolean check(JobProgress progress, JobSettings settings) throws IOException {
		UploadJob job = progress.job();
		job.moveTo(JobState.VALIDATING, null, progress.now());
		progress.save();
		ValidationReport report = this.files.validate(progress, settings);
		job.checked(job.fileSize(), report.rows(), report.validRows(), report.errorCount(), progress.now());
		if (report.fatal()) {
			throw progress.stop(JobState.FAILED, "The file cannot be sent: " + report.firstErrors().get(0));
		}
		if (report.hasErrors() && !job.validRowsOnly()) {
			throw progress.stop(JobState.WAITING_FOR_CHOICE, null);
		}
		if (report.validRows() == 0) {
			throw progress.stop(JobState.FAILED, "No row of the file can be sent.");
		}
		return true;
	}

	private void push(JobProgress progress, JobSettings settings) throws IOException {
		UploadJob job = progress.job();
		seedPacer(job.datasetId());
		boolean resuming = job.pushStartedAt() != null;
		if (!resuming) {
			start(progress);
		}
		job.moveTo(JobState.PUSHING, null, progress.now());
		progress.save();
		// A batch that was in flight when the last run ended may or may not have landed.
		boolean[] verifyFirst = { job.uncertainFirstLine() != null };
		int indexOffset = job.batchesAcknowledged();
		RowPolicy policy = job.validRowsOnly() ? RowPolicy.VALID_ROWS_ONLY : RowPolicy.ALL_ROWS;
		ConversionResult result = this.files.convert(job, settings, policy, job.lastAcknowledgedLine(), (batch) -> {
			Batch numbered = new Batch(indexOffset + batch.index(), batch.buffer(), batch.length(), batch.rowCount(),
					batch.firstLine(), batch.lastLine());
			send(progress, numbered, verifyFirst[0]);
			verifyFirst[0] = false;
		});
		if (result.report().hasErrors() && policy == RowPolicy.ALL_ROWS) {
			throw progress.stop(JobState.FAILED, "The file changed since it was checked: "
					+ result.report().firstErrors().get(0) + ". Nothing after that line was sent.");
		}
	}

	/**
	 * Clears the table for a replace, and notes its row count for the exactly-once check.
	 */
	private void start(JobProgress progress) {
		UploadJob job = progress.job();
		Workspace workspace = Workspace.of(job.workspaceId());
		if (job.replaceRows()) {
			this.powerBi.deleteRows(job.owner(), workspace, job.datasetId(), job.tableName());
			job.pushStarted(0L, progress.now());
		}
		else {
			OptionalLong count = this.powerBi.rowCount(job.owner(), workspace, job.datasetId(), job.tableName());
			job.pushStarted(count.isPresent() ? count.getAsLong() : null, progress.now());
		}
		this.batches.deleteByJob(job.id());
		progress.save();
	}

	private void send(JobProgress progress, Batch batch, boolean verifyFirst) {
		UploadJob job = progress.job();
		boolean verify = verifyFirst;
		int failures = 0;
		while (true) {
			progress.checkStillWanted();
			pace(progress, batch);
			if (verify) {
				if (this.exactlyOnce.check(progress, batch) == Verdict.LANDED) {
					acknowledge(progress, batch, How.FOUND);
					return;
				}
				verify = false;
			}
			job.inFlight(batch, progress.now());
			progress.save();
			try {
				post(job, batch);
				acknowledge(progress, batch, How.SENT);
				return;
			}
			catch (PowerBiThrottledException ex) {
				// Refused outright: nothing landed, so the same batch may go again.
				Duration retryAfter = (ex.retryAfter() != null) ? ex.retryAfter()
						: this.properties.retry().retryAfterWhenMissing();
				this.pacer.throttled(job.datasetId(), retryAfter);
				continue;
			}
			catch (PowerBiServerException ex) {
				verify = true;
			}
			catch (PowerBiUnavailableException ex) {
				verify = ex.mayHaveBeenApplied();
			}
			catch (TokenUnavailableException ex) {
				verify = false;
			}
			progress.checkStillWanted();
			failures++;
			if (failures >= this.properties.retry().attempts()) {
				throw progress.stop(JobState.PAUSED, "Power BI failed " + failures + " times in a row on lines "
						+ batch.firstLine() + " to " + batch.lastLine() + ". Resume to try again.");
			}
			progress.waitUntil(progress.now().plus(backoff(failures)), WaitReason.BACKOFF);
		}
	}

	/**
	 * Power BI counts a request at some moment between sending and answer; the pacer
	 * counts it from the answer, the latest such moment, so that its windows never start
	 * before Power BI's. Counted from the sending, a request that reached Power BI slower
	 * than the one a window later got a 429.
	 */
	private void post(UploadJob job, Batch batch) {
		try {
			this.powerBi.postRows(job.owner(), Workspace.of(job.workspaceId()), job.datasetId(), job.tableName(),
					batch.json());
		}
		finally {
			this.pacer.sent(job.datasetId(), batch.rowCount());
		}
	}

	private void pace(JobProgress progress, Batch batch) {
		UploadJob job = progress.job();
		// With no count from Power BI, the rows sent so far are the best lower bound.
		Long expected = job.expectedTableRows();
		long tableRows = (expected != null) ? expected : job.rowsSent();
		var pause = this.pacer.pauseBefore(job.datasetId(), batch.rowCount(), tableRows);
		while (pause.isPresent()) {
			progress.waitUntil(pause.get().until(), pause.get().reason());
			pause = this.pacer.pauseBefore(job.datasetId(), batch.rowCount(), tableRows);
		}
	}

	private void acknowledge(JobProgress progress, Batch batch, How how) {
		UploadJob job = progress.job();
		Instant now = progress.now();
		this.batches.save(new AcknowledgedBatch(job.id(), batch, how, now));
		job.acknowledged(batch, now);
		progress.save();
	}

	/**
	 * Exponential, capped, with "equal jitter" so that many jobs do not retry in step.
	 */
	Duration backoff(int failures) {
		long first = this.properties.retry().firstBackoff().toMillis();
		long max = this.properties.retry().maxBackoff().toMillis();
		long full = Math.min(max, first << Math.min(failures - 1, 20));
		return Duration.ofMillis(full / 2 + ThreadLocalRandom.current().nextLong(full / 2 + 1));
	}

	private void seedPacer(String datasetId) {
		if (this.pacer.tracks(datasetId)) {
			return;
		}
		Instant since = this.clock.clock().instant().minus(this.pacer.longestWindow());
		this.batches.findSentToDatasetSince(datasetId, since)
			.forEach((batch) -> this.pacer.sentEarlier(datasetId, batch.acknowledgedAt(), batch.rowCount()));
	}

	private void stopQuietly(JobProgress progress, JobState state, String message) {
		try {
			progress.stop(state, message);
		}
		catch (RuntimeException ex) {
			logger.warn("Could not record that upload {} stopped", progress.job().id(), ex);
		}
	}

}
