package com.pushstudio.upload;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.pushstudio.upload.UploadConfiguration.UploadClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs a dataset's execution: one run of its oldest runnable job, then schedules the next
 * one. A job that ended hands over to the dataset's next job at once; one that must wait
 * is parked until its wait is over; one that ran a slice lets others have the thread. A
 * job is written only by the run holding it; the web side changes jobs that no run picks
 * up (drafts, and jobs waiting for their owner), and asks for a Cancel through a flag of
 * its own.
 */
@Component
class UploadWorkers implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(UploadWorkers.class);

	private final UploadJobRepository jobs;

	private final RowPusher pusher;

	private final Clock clock;

	private final DatasetQueue queue;

	private final AtomicInteger active = new AtomicInteger();

	private volatile boolean stopping;

	UploadWorkers(UploadJobRepository jobs, RowPusher pusher, UploadClock clock, DatasetQueue queue) {
		this.jobs = jobs;
		this.queue = queue;
		this.pusher = pusher;
		this.clock = clock.clock();
	}

	CompletionHandler<Void> run(String datasetId, ExecutionContext context) {
		BooleanSupplier stopping = () -> this.stopping || context.getSchedulerState().isShuttingDown();
		for (UploadJob job : this.jobs.findByDatasetIdAndStateInOrderByCreatedAtAscIdAsc(datasetId,
				JobState.RUNNABLE)) {
			if (stopping.getAsBoolean()) {
				return reschedule(this.clock.instant());
			}
			Instant next = runJob(job.id(), stopping);
			// A queued job cancelled behind the running one ends at once, as its run
			// reads the flag first; the oldest other job is the one that runs.
			if (!(job.cancelRequested() && job.state() == JobState.QUEUED)) {
				return reschedule(next);
			}
		}
		return (complete, operations) -> {
			operations.remove();
			// A job saved while this run found none was not enqueued: its enqueue saw
			// this execution.
			if (this.jobs.existsByDatasetIdAndStateIn(datasetId, JobState.RUNNABLE)) {
				this.queue.enqueue(datasetId);
			}
		};
	}

	private Instant runJob(String jobId, BooleanSupplier stopping) {
		this.active.incrementAndGet();
		MDC.put("job", jobId);
		try {
			return this.pusher.run(jobId, new CancelFlag(this.jobs, jobId), stopping);
		}
		finally {
			MDC.remove("job");
			this.active.decrementAndGet();
		}
	}

	private static CompletionHandler<Void> reschedule(Instant at) {
		return (complete, operations) -> operations.reschedule(complete, at);
	}

	/**
	 * The application starts again (Spring's test framework restarts paused contexts).
	 */
	@Override
	public void start() {
		this.stopping = false;
	}

	/**
	 * Asks every run to end between two steps, with each job's state as it was, and waits
	 * for them: the engine then schedules them for now, and another instance, or the next
	 * start, goes on. Not by interrupting: an interrupt can close the embedded database's
	 * file under a save. Batches in flight are decided by row count on resume. In the
	 * first phase of shutdown, before the web server's: in sandbox mode the server is
	 * Power BI, and a run that outlived it would see every request fail.
	 */
	@Override
	public void stop() {
		this.stopping = true;
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (this.active.get() > 0 && System.nanoTime() < deadline) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		if (this.active.get() > 0) {
			logger.warn("{} upload runs did not end within 30 s of the stop", this.active.get());
		}
	}

	@Override
	public boolean isRunning() {
		return !this.stopping;
	}

	/**
	 * A person's Cancel, from whichever instance served it: read from the database at
	 * most twice a second, since the run asks between every two steps.
	 */
	static final class CancelFlag implements BooleanSupplier {

		private static final long EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

		private final UploadJobRepository jobs;

		private final String jobId;

		private long readAt;

		private boolean read;

		private boolean cancelled;

		CancelFlag(UploadJobRepository jobs, String jobId) {
			this.jobs = jobs;
			this.jobId = jobId;
		}

		@Override
		public boolean getAsBoolean() {
			long now = System.nanoTime();
			if (!this.cancelled && (!this.read || now - this.readAt >= EVERY_NANOS)) {
				this.cancelled = this.jobs.isCancelRequested(this.jobId);
				this.readAt = now;
				this.read = true;
			}
			return this.cancelled;
		}

	}

}
