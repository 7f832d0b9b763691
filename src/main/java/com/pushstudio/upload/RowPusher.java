package com.pushstudio.upload;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;

import com.pushstudio.account.ConsentRequiredException;
import com.pushstudio.csv.CsvFileException;
import com.pushstudio.powerbi.PowerBiClient;
import com.pushstudio.powerbi.PowerBiException;
import com.pushstudio.powerbi.PowerBiThrottledException;
import com.pushstudio.powerbi.Workspace;
import com.pushstudio.upload.UploadConfiguration.UploadClock;
import com.pushstudio.web.ErrorReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one upload job on a worker thread: checks the whole file, then sends its batches,
 * several in flight, paced, each exactly once, recording every batch before it goes and
 * once it landed, so that a restart resumes where the records say.
 */
@Service
class RowPusher {

	private static final Logger logger = LoggerFactory.getLogger(RowPusher.class);

	/**
	 * Batches converted ahead of sending: enough to fill every slot that frees at once,
	 * and no more than one batch of Power BI's largest beyond it.
	 */
	private static final int BATCHES_AHEAD = 5;

	private static final long BYTES_AHEAD = BatchLimits.DEFAULT_MAX_BYTES;

	private final UploadJobRepository jobs;

	private final AcknowledgedBatchRepository batches;

	private final PowerBiClient powerBi;

	private final FileCheck files;

	private final ExactlyOnceCheck exactlyOnce;

	private final PushPacer pacer;

	private final UploadProperties properties;

	private final UploadClock clock;

	private final JobSettingsJson settingsJson;

	private final BatchSenders senders;

	private final TransactionTemplate transactions;

	private final StatedSchemas statedSchemas;

	private final PushMetrics metrics;

	RowPusher(UploadJobRepository jobs, AcknowledgedBatchRepository batches, PowerBiClient powerBi,
			CsvPipeline pipeline, UploadFiles uploadFiles, PushPacer pacer, UploadProperties properties,
			UploadClock clock, JobSettingsJson settingsJson, BatchSenders senders, TransactionTemplate transactions,
			StatedSchemas statedSchemas, PushMetrics metrics) {
		this.statedSchemas = statedSchemas;
		this.metrics = metrics;
		this.jobs = jobs;
		this.batches = batches;
		this.powerBi = powerBi;
		this.files = new FileCheck(pipeline, uploadFiles);
		this.exactlyOnce = new ExactlyOnceCheck(powerBi, properties.retry().firstBackoff());
		this.pacer = pacer;
		this.properties = properties;
		this.clock = clock;
		this.settingsJson = settingsJson;
		this.senders = senders;
		this.transactions = transactions;
	}

	/**
	 * Runs the job until it ends, must wait, or has had its slice.
	 * @param cancelRequested the user cancelled: the job ends as CANCELLED
	 * @param stopping the application stops: the job ends its run as it stands
	 * @return when the dataset's next run should start: now, or when the wait is over
	 */
	Instant run(String jobId, BooleanSupplier cancelRequested, BooleanSupplier stopping) {
		UploadJob job = this.jobs.findById(jobId).orElseThrow();
		Instant sliceEnds = this.clock.clock().instant().plus(this.properties.slice());
		JobProgress progress = new JobProgress(job, this.jobs, this.clock.clock(), cancelRequested, stopping);
		progress.onWait(this.metrics::waited);
		try {
			progress.checkStillWanted();
			JobSettings settings = this.settingsJson.read(job);
			if (job.rowsChecked() == 0 && !check(progress, settings)) {
				return progress.now();
			}
			push(progress, settings, sliceEnds);
			// Before the job reads as done, so that whoever sees it done sees the columns
			// confirmed too.
			this.statedSchemas.pushed(progress.job());
			progress.stop(JobState.DONE, null);
		}
		catch (ParkJob ex) {
			logger.debug("Upload {} parked until {}", jobId, ex.until());
			return ex.until();
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
			stopQuietly(progress, JobState.FAILED, this.statedSchemas.refusal(progress.job(), ex));
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
			this.statedSchemas.pushed(progress.job());
			// As stored, not as held: a job whose end could not be saved runs again
			// and needs its file.
			this.jobs.findById(jobId).ifPresent((stored) -> {
				this.files.discardIfEnded(stored);
				if (stored.state().finished() && stored.createdAt() != null) {
					this.metrics.finished(stored.state(), Duration.between(stored.createdAt(),
							(stored.finishedAt() != null) ? stored.finishedAt() : this.clock.clock().instant()));
				}
			});
		}
		return this.clock.clock().instant();
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

	private void push(JobProgress progress, JobSettings settings, Instant sliceEnds) throws IOException {
		UploadJob job = progress.job();
		seedPacer(job.datasetId());
		RowPolicy policy = job.validRowsOnly() ? RowPolicy.VALID_ROWS_ONLY : RowPolicy.ALL_ROWS;
		BatchesAhead ahead = null;
		try {
			if (job.pushStartedAt() == null) {
				// The first batches are converted while the table is counted, as if
				// several may be in flight, which is what the count mostly allows.
				int expected = this.properties.limits().pendingRequests();
				ahead = convertAhead(job, settings, policy, expected, 0, 0);
				start(progress);
				if (job.parallelBatches() != expected) {
					ahead.close();
					ahead = null;
				}
			}
			BatchLedger ledger = new BatchLedger(this.batches, this.jobs, this.transactions, job.id());
			job.resumedWith(ledger.acknowledgedRows(), ledger.acknowledgedCount(), ledger.prefixLastLine(),
					progress.now());
			job.moveTo(JobState.PUSHING, null, progress.now());
			progress.save();
			BatchPipeline pipeline = new BatchPipeline(progress, ledger, this.pacer, postRows(job), this.senders,
					this.exactlyOnce, this.properties.retry(), parallel(job), sliceEnds, this.properties.parkAfter());
			pipeline.settle(ledger.inFlightAtStart());
			if (ahead == null) {
				ahead = convertAhead(job, settings, policy, job.parallelBatches(), ledger.prefixLastLine(),
						ledger.prefix());
			}
			Batch batch;
			while ((batch = ahead.next()) != null) {
				if (!ledger.landed(batch)) {
					pipeline.send(batch);
				}
			}
			ConversionResult result = ahead.result();
			pipeline.finish();
			if (result.report().hasErrors() && policy == RowPolicy.ALL_ROWS) {
				throw progress.stop(JobState.FAILED, "The file changed since it was checked: "
						+ result.report().firstErrors().get(0) + ". Nothing after that line was sent.");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new StopJob();
		}
		finally {
			if (ahead != null) {
				ahead.close();
			}
		}
	}

	/**
	 * The file's batches after {@code skipThroughLine}, cut for {@code parallel} batches
	 * in flight, converted on a thread of their own.
	 */
	private BatchesAhead convertAhead(UploadJob job, JobSettings settings, RowPolicy policy, int parallel,
			long skipThroughLine, int firstIndex) {
		BatchLimits limits = settings.batchLimits().staggered(parallel).ledFor(job.rowsTotal());
		return new BatchesAhead("convert-" + job.id(), BATCHES_AHEAD, BYTES_AHEAD,
				(consumer) -> this.files.convert(job, settings, policy, limits, skipThroughLine, firstIndex, consumer));
	}

	/**
	 * Clears the table for a replace, and notes its row count for the exactly-once check.
	 * Only where the count can be read may several batches be in flight: without it, an
	 * ambiguous failure must concern one batch, which the user then decides on.
	 */
	private void start(JobProgress progress) {
		UploadJob job = progress.job();
		Workspace workspace = Workspace.of(job.workspaceId());
		OptionalLong count;
		Long baseline;
		if (job.replaceRows()) {
			this.powerBi.deleteRows(job.owner(), workspace, job.datasetId(), job.tableName());
			count = this.powerBi.rowCount(job.owner(), workspace, job.datasetId(), job.tableName());
			baseline = 0L;
		}
		else {
			count = this.powerBi.rowCount(job.owner(), workspace, job.datasetId(), job.tableName());
			baseline = count.isPresent() ? count.getAsLong() : null;
		}
		int parallel = count.isPresent() ? this.properties.limits().pendingRequests() : 1;
		job.pushStarted(baseline, parallel, progress.now());
		this.batches.deleteByJob(job.id());
		progress.save();
	}

	private int parallel(UploadJob job) {
		if (job.expectedTableRows() == null) {
			return 1;
		}
		return Math.min(job.parallelBatches(), this.properties.limits().pendingRequests());
	}

	private BatchPipeline.PostRows postRows(UploadJob job) {
		String owner = job.owner();
		Workspace workspace = Workspace.of(job.workspaceId());
		String datasetId = job.datasetId();
		String table = job.tableName();
		return (batch) -> {
			try {
				this.powerBi.postRows(owner, workspace, datasetId, table, batch.json());
			}
			catch (PowerBiThrottledException ex) {
				this.metrics.refused(datasetId, "throttled");
				throw ex;
			}
			catch (RuntimeException ex) {
				this.metrics.refused(datasetId, "failed");
				throw ex;
			}
			this.metrics.landed(datasetId, batch.rowCount());
		};
	}

	/**
	 * Rebuilt from the shared log of batches at every run, since the dataset's last run
	 * may have been another instance's. Requests answered within the longest window still
	 * count; so do those whose answer a stop cut off, as if answered now.
	 */
	private void seedPacer(String datasetId) {
		this.pacer.forget(datasetId);
		Instant now = this.clock.clock().instant();
		Instant since = now.minus(this.pacer.longestWindow());
		this.batches.findSentToDatasetSince(datasetId, since)
			.forEach((batch) -> this.pacer.sentEarlier(datasetId,
					(batch.acknowledgedAt() != null) ? batch.acknowledgedAt() : now, batch.rowCount()));
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
