package com.pushstudio.upload;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs upload jobs on a small pool, one job per dataset at a time, so that the requests
 * in flight to a dataset are one job's, which keeps them within Power BI's pending limit
 * and tells which batches an ambiguous failure concerns. Jobs a restart interrupted are
 * picked up again once the application is ready.
 */
@Component
class JobRunner implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(JobRunner.class);

	private final UploadJobRepository jobs;

	private final RowPusher pusher;

	private final int workerCount;

	private ExecutorService workers;

	private final Set<String> busyDatasets = new HashSet<>();

	private final Map<String, AtomicBoolean> running = new HashMap<>();

	private volatile boolean accepting = true;

	JobRunner(UploadJobRepository jobs, RowPusher pusher, UploadProperties properties) {
		this.jobs = jobs;
		this.pusher = pusher;
		this.workerCount = properties.workers();
		this.workers = Executors.newFixedThreadPool(this.workerCount, named());
	}

	/** Resumes what a restart interrupted: from the first unacknowledged batch. */
	@EventListener(ApplicationReadyEvent.class)
	void resumeUnfinished() {
		dispatch();
	}

	/** Starts every runnable job whose dataset is free. */
	synchronized void dispatch() {
		if (!this.accepting) {
			return;
		}
		for (UploadJob job : this.jobs.findByStateInOrderByCreatedAt(JobState.RUNNABLE)) {
			if (this.running.containsKey(job.id()) || this.busyDatasets.contains(job.datasetId())) {
				continue;
			}
			AtomicBoolean cancel = new AtomicBoolean();
			this.busyDatasets.add(job.datasetId());
			this.running.put(job.id(), cancel);
			this.workers.execute(() -> run(job.id(), job.datasetId(), cancel));
		}
	}

	/**
	 * Asks a running job to stop, or, when none runs it, applies {@code ifIdle} while no
	 * worker can pick it up.
	 */
	synchronized void cancel(String jobId, Runnable ifIdle) {
		AtomicBoolean flag = this.running.get(jobId);
		if (flag != null) {
			flag.set(true);
		}
		else {
			ifIdle.run();
		}
	}

	/** Changes a job that no worker holds, without a worker picking it up meanwhile. */
	synchronized boolean whileIdle(String jobId, Runnable change) {
		if (this.running.containsKey(jobId)) {
			return false;
		}
		change.run();
		return true;
	}

	/**
	 * Whether the job was asked to stop and its worker has not yet let go of it (a
	 * request on its way is answered first).
	 */
	synchronized boolean isCancelling(String jobId) {
		AtomicBoolean flag = this.running.get(jobId);
		return flag != null && flag.get();
	}

	synchronized boolean isRunning(String jobId) {
		return this.running.containsKey(jobId);
	}

	private void run(String jobId, String datasetId, AtomicBoolean cancel) {
		try {
			this.pusher.run(jobId, cancel::get, () -> !this.accepting);
		}
		catch (RuntimeException ex) {
			logger.error("Upload {} ended unexpectedly", jobId, ex);
		}
		finally {
			synchronized (this) {
				this.busyDatasets.remove(datasetId);
				this.running.remove(jobId);
			}
		}
		dispatch();
	}

	/**
	 * At the first start workers come with the first job, and resuming waits for the
	 * application to be ready. A context can also be stopped and started again (Spring's
	 * test framework pauses cached contexts): then the stopped workers are replaced and
	 * what the stop interrupted resumes at once.
	 */
	@Override
	public void start() {
		boolean restart;
		synchronized (this) {
			restart = !this.accepting;
			if (restart) {
				this.workers = Executors.newFixedThreadPool(this.workerCount, named());
				this.accepting = true;
			}
		}
		if (restart) {
			dispatch();
		}
	}

	/**
	 * Stops the workers between two steps, with each job's state as it was, so that the
	 * next start resumes it. Not by interrupting: an interrupt can close the embedded
	 * database's file under a save. Batches in flight are decided by row count on resume.
	 * In the first phase of shutdown, before the web server's: in sandbox mode the server
	 * is Power BI, and a job that outlived it would see every request fail.
	 */
	@Override
	public void stop() {
		ExecutorService stopping;
		synchronized (this) {
			this.accepting = false;
			stopping = this.workers;
		}
		stopping.shutdown();
		try {
			if (!stopping.awaitTermination(30, TimeUnit.SECONDS)) {
				logger.warn("Upload workers did not stop within 30 s; interrupting them");
				stopping.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			stopping.shutdownNow();
		}
	}

	@Override
	public boolean isRunning() {
		return this.accepting;
	}

	private static ThreadFactory named() {
		AtomicInteger count = new AtomicInteger();
		return (runnable) -> {
			Thread thread = new Thread(runnable, "upload-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}
