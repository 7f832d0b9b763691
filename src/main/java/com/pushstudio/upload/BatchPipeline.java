package com.pushstudio.upload;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import com.pushstudio.upload.AcknowledgedBatch.How;

/**
 * Sends one job's batches with up to {@code parallel} requests in flight, each paced and
 * recorded before it goes. After an ambiguous failure nothing new goes: the requests
 * still in flight finish, then one row count decides which of the uncertain batches
 * landed, and only the others go again.
 *
 * <p>
 * Runs on the job's worker thread, which alone changes the job and its records; the
 * requests wait on {@link BatchSenders} threads and hand their answers back through a
 * queue.
 */
final class BatchPipeline {

	private static final long SLICE_MILLIS = 200;

	/**
	 * How often the job row is written while pushing, for the progress page: the batch
	 * records are the truth, the job's counts follow them on resume.
	 */
	private static final Duration JOB_SAVES = Duration.ofMillis(250);

	private final JobProgress progress;

	private final BatchLedger ledger;

	private final PushPacer pacer;

	private final PostRows postRows;

	private final BatchSenders senders;

	private final ExactlyOnceCheck exactlyOnce;

	private final UploadProperties.Retry retry;

	private final int parallel;

	private final Instant sliceEnds;

	private final Duration parkAfter;

	/** Failures in a row carried over from the job's last run, for the next batches. */
	private int carriedFailures;

	private final BlockingQueue<Answer> answers = new LinkedBlockingQueue<>();

	/** Batches recorded in flight, by index: in the air, uncertain, or to go again. */
	private final Map<Integer, Unresolved> unresolved = new TreeMap<>();

	private RuntimeException failure;

	private String pauseMessage;

	private Instant jobSaved = Instant.MIN;

	BatchPipeline(JobProgress progress, BatchLedger ledger, PushPacer pacer, PostRows postRows, BatchSenders senders,
			ExactlyOnceCheck exactlyOnce, UploadProperties.Retry retry, int parallel, Instant sliceEnds,
			Duration parkAfter) {
		this.progress = progress;
		this.ledger = ledger;
		this.pacer = pacer;
		this.postRows = postRows;
		this.senders = senders;
		this.exactlyOnce = exactlyOnce;
		this.retry = retry;
		this.parallel = parallel;
		this.sliceEnds = sliceEnds;
		this.parkAfter = parkAfter;
		this.carriedFailures = progress.job().failuresInARow();
	}

	/**
	 * Decides the batches an earlier run left in flight, before anything new goes: those
	 * that landed are acknowledged, the others are cut again from the file.
	 */
	void settle(List<AcknowledgedBatch> recorded) {
		if (recorded.isEmpty()) {
			return;
		}
		// A request of the last run may still be on its way in Power BI.
		pauseUntil(this.progress.now().plus(this.retry.firstBackoff()), WaitReason.BACKOFF);
		List<AcknowledgedBatch> landed = this.exactlyOnce.landed(this.progress, recorded);
		for (AcknowledgedBatch record : recorded) {
			if (landed.contains(record)) {
				this.ledger.acknowledged(this.progress.job(), record, How.FOUND, this.progress.now());
			}
			else {
				this.ledger.forget(record);
			}
		}
		this.ledger.write(null);
		this.progress.save();
	}

	/**
	 * Returns once the batch is on its way; the batch is the pipeline's from then on, so
	 * its buffer must not be reused. Throws {@link StopJob} when the run ends, with the
	 * state saved.
	 */
	void send(Batch batch) {
		Unresolved fresh = new Unresolved(batch);
		fresh.failures = this.carriedFailures;
		drive(fresh);
	}

	/** Returns once every batch sent has landed. */
	void finish() {
		drive(null);
	}

	private void drive(Unresolved fresh) {
		while (true) {
			takeAnswers();
			if (this.progress.stopping()) {
				// Left as it stands: the next start decides what is in flight.
				this.ledger.write(null);
				throw new StopJob();
			}
			if (this.progress.cancelRequested() || this.failure != null || this.pauseMessage != null) {
				if (inAir() > 0) {
					awaitAnswer(null, null);
					continue;
				}
				throw endRun();
			}
			if (this.unresolved.values().stream().anyMatch((batch) -> batch.state == State.UNCERTAIN)) {
				if (inAir() > 0) {
					awaitAnswer(null, null);
					continue;
				}
				decideUncertain();
				continue;
			}
			Unresolved next = this.unresolved.values()
				.stream()
				.filter((batch) -> batch.state == State.RESEND)
				.min(Comparator.comparing((Unresolved batch) -> batch.notBefore))
				.orElse(fresh);
			if (next == null) {
				if (this.unresolved.isEmpty()) {
					this.ledger.write(null);
					return;
				}
				awaitAnswer(null, null);
				continue;
			}
			if (next.notBefore.isAfter(this.progress.now())) {
				awaitOrPark(next.notBefore, WaitReason.BACKOFF);
				continue;
			}
			if (next == fresh && !this.progress.now().isBefore(this.sliceEnds)) {
				// The slice is over: other datasets' jobs get the thread, this one goes
				// on where it stopped.
				awaitOrPark(this.progress.now(), null);
				continue;
			}
			if (inAir() >= this.parallel || (next == fresh && !fits(next))) {
				awaitAnswer(null, null);
				continue;
			}
			UploadJob job = this.progress.job();
			Optional<Pause> pause = this.pacer.pauseBefore(job.datasetId(), next.batch.rowCount(), tableRowsAtMost());
			if (pause.isPresent()) {
				awaitOrPark(pause.get().until(), pause.get().reason());
				continue;
			}
			launch(next);
			if (next == fresh) {
				return;
			}
		}
	}

	/**
	 * Whether the batch may join those recorded in flight: only if no two subsets of them
	 * hold as many rows, so that a row count can always tell which landed.
	 */
	private boolean fits(Unresolved candidate) {
		List<Integer> rows = new ArrayList<>();
		this.unresolved.values().forEach((batch) -> rows.add(batch.batch.rowCount()));
		rows.add(candidate.batch.rowCount());
		return LandedBatches.distinctSums(rows);
	}

	private void launch(Unresolved next) {
		UploadJob job = this.progress.job();
		Instant now = this.progress.now();
		PushPacer.Ticket ticket = this.pacer.sending(job.datasetId(), next.batch.rowCount());
		try {
			next.state = State.IN_AIR;
			next.knownNotLanded = false;
			this.unresolved.put(next.batch.index(), next);
			job.requestsInFlight(inAir(), now);
			showWait(null, null, false);
			if (next.record == null) {
				next.record = AcknowledgedBatch.inFlight(job.id(), next.batch, now);
			}
			else {
				next.record.resent(now);
			}
			this.ledger.write(next.record);
			this.senders.execute(() -> {
				PostRowsOutcome outcome = new PostRowsOutcome(PostRowsOutcome.Kind.FAILED, null,
						new IllegalStateException("The request for " + next.batch + " ended unexpectedly"));
				try {
					outcome = PostRowsOutcome.of(() -> this.postRows.post(next.batch));
				}
				finally {
					ticket.answered();
					this.answers.add(new Answer(next, outcome));
				}
			});
		}
		catch (RuntimeException ex) {
			ticket.answered();
			next.state = State.RESEND;
			throw ex;
		}
		saveJobSoon();
	}

	/** The job row for the progress page, at most every {@link #JOB_SAVES}. */
	private void saveJobSoon() {
		Instant now = this.progress.now();
		if (!now.isBefore(this.jobSaved.plus(JOB_SAVES))) {
			this.progress.save();
			this.jobSaved = now;
		}
	}

	private void takeAnswers() {
		Answer answer;
		while ((answer = this.answers.poll()) != null) {
			handle(answer);
		}
	}

	/**
	 * Waits for an answer until {@code until} at most (or a short while), showing the
	 * reason on the progress page when there is one.
	 */
	private void awaitAnswer(Instant until, WaitReason reason) {
		// Nothing goes now: a good moment to write what landed.
		this.ledger.write(null);
		saveJobSoon();
		showWait(reason, until, true);
		long millis = SLICE_MILLIS;
		if (until != null) {
			millis = Math.max(1, Math.min(millis, Duration.between(this.progress.now(), until).toMillis()));
		}
		try {
			Answer answer = this.answers.poll(millis, TimeUnit.MILLISECONDS);
			if (answer != null) {
				handle(answer);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new StopJob();
		}
	}

	private void handle(Answer answer) {
		Unresolved batch = answer.batch();
		PostRowsOutcome outcome = answer.outcome();
		UploadJob job = this.progress.job();
		Instant now = this.progress.now();
		batch.state = State.RESEND;
		batch.notBefore = now;
		job.requestsInFlight(inAir(), now);
		switch (outcome.kind()) {
			case LANDED -> {
				// Written with the next batch's record, or before the next wait.
				this.carriedFailures = 0;
				this.unresolved.remove(batch.batch.index());
				this.ledger.acknowledged(job, batch.record, How.SENT, now);
				return;
			}
			// Refused outright: nothing landed. The pacer holds every send until then.
			case THROTTLED -> {
				batch.knownNotLanded = true;
				this.pacer.throttled(job.datasetId(),
						(outcome.retryAfter() != null) ? outcome.retryAfter() : this.retry.retryAfterWhenMissing());
			}
			case NOT_SENT -> {
				batch.knownNotLanded = true;
				batch.failures++;
				goAgain(batch, now.plus(backoff(batch.failures)));
			}
			case UNCERTAIN -> {
				batch.failures++;
				batch.state = State.UNCERTAIN;
			}
			case FAILED -> {
				if (this.failure == null) {
					this.failure = outcome.error();
				}
			}
		}
		this.progress.save();
	}

	/** The batch did not land and goes again, unless it failed too often. */
	private void goAgain(Unresolved batch, Instant notBefore) {
		batch.state = State.RESEND;
		batch.notBefore = notBefore;
		if (batch.failures >= this.retry.attempts() && this.pauseMessage == null) {
			this.pauseMessage = "Power BI failed " + batch.failures + " times in a row on lines "
					+ batch.batch.firstLine() + " to " + batch.batch.lastLine() + ". Resume to try again.";
		}
	}

	/** Nothing in flight now: one row count tells which uncertain batches landed. */
	private void decideUncertain() {
		List<Unresolved> uncertain = this.unresolved.values()
			.stream()
			.filter((batch) -> batch.state == State.UNCERTAIN)
			.toList();
		int failures = uncertain.stream().mapToInt((batch) -> batch.failures).max().orElse(1);
		// Time for a request that timed out to end in Power BI before its rows are
		// counted. Parked, they stay recorded in flight, and the next run counts them.
		Instant countAt = this.progress.now().plus(backoff(failures));
		if (Duration.between(this.progress.now(), countAt).compareTo(this.parkAfter) > 0) {
			throw park(countAt, WaitReason.BACKOFF);
		}
		pauseUntil(countAt, WaitReason.BACKOFF);
		forgetKnownNotLanded();
		this.ledger.write(null);
		List<AcknowledgedBatch> landed = this.exactlyOnce.landed(this.progress,
				uncertain.stream().map((batch) -> batch.record).toList());
		Instant now = this.progress.now();
		for (Unresolved batch : uncertain) {
			if (landed.contains(batch.record)) {
				this.unresolved.remove(batch.batch.index());
				this.ledger.acknowledged(this.progress.job(), batch.record, How.FOUND, now);
			}
			else {
				// The backoff was waited before the count.
				batch.knownNotLanded = true;
				goAgain(batch, now);
			}
		}
	}

	/**
	 * Drops the records of batches known not to have landed, so that only batches in
	 * doubt stay recorded in flight: those the user may accept, or a row count decides.
	 */
	private void forgetKnownNotLanded() {
		for (Unresolved batch : this.unresolved.values()) {
			if (batch.state == State.RESEND && batch.knownNotLanded && batch.record != null) {
				this.ledger.forget(batch.record);
				batch.record = null;
			}
		}
	}

	/**
	 * Waits for an answer until {@code until}; when nothing is in the air and the wait is
	 * longer than {@code parkAfter} (or the slice is over), ends the run instead.
	 */
	private void awaitOrPark(Instant until, WaitReason reason) {
		boolean isLong = Duration.between(this.progress.now(), until).compareTo(this.parkAfter) > 0;
		if (inAir() == 0 && (isLong || reason == null)) {
			throw park(until, reason);
		}
		awaitAnswer((reason != null) ? until : null, reason);
	}

	/**
	 * Ends the run with nothing in the air: what landed written, the batches known not to
	 * have landed forgotten (the next run cuts them again), and the failures in a row
	 * kept on the job. The page shows the wait; the engine starts the next run at
	 * {@code until}.
	 */
	private ParkJob park(Instant until, WaitReason reason) {
		forgetKnownNotLanded();
		this.ledger.write(null);
		UploadJob job = this.progress.job();
		int failures = this.unresolved.values().stream().mapToInt((batch) -> batch.failures).max().orElse(0);
		job.failuresInARow(Math.max(failures, this.carriedFailures));
		job.requestsInFlight(0, this.progress.now());
		if (reason != null) {
			job.waiting(reason, until, this.progress.now());
			this.progress.waitBegins(reason, until);
		}
		this.progress.save();
		return new ParkJob(until);
	}

	/**
	 * Waits, with nothing in flight, unless the job is cancelled or stopped meanwhile.
	 */
	private void pauseUntil(Instant until, WaitReason reason) {
		while (this.progress.now().isBefore(until)) {
			this.progress.checkStillWanted();
			awaitAnswer(until, reason);
		}
	}

	/** Ends the run once nothing is in the air: cancelled, failed or paused. */
	private RuntimeException endRun() {
		forgetKnownNotLanded();
		this.ledger.write(null);
		this.progress.save();
		this.progress.checkStillWanted();
		if (this.failure != null) {
			return this.failure;
		}
		return this.progress.stop(JobState.PAUSED, this.pauseMessage);
	}

	/**
	 * Compared with the job itself, not with what was last shown: a batch that lands
	 * clears the job's wait, and the wait that goes on must be shown again.
	 */
	private void showWait(WaitReason reason, Instant until, boolean save) {
		UploadJob job = this.progress.job();
		if (reason == job.waitReason() && Objects.equals(until, job.waitUntil())) {
			return;
		}
		job.waiting(reason, until, this.progress.now());
		this.progress.waitBegins(reason, until);
		if (save) {
			this.progress.save();
		}
	}

	private int inAir() {
		return (int) this.unresolved.values().stream().filter((batch) -> batch.state == State.IN_AIR).count();
	}

	/** An upper bound of the table's rows, for the big-table rule. */
	private long tableRowsAtMost() {
		UploadJob job = this.progress.job();
		Long expected = job.expectedTableRows();
		long known = (expected != null) ? expected : job.rowsSent();
		return known + this.unresolved.values().stream().mapToLong((batch) -> batch.batch.rowCount()).sum();
	}

	/**
	 * Exponential, capped, with "equal jitter" so that many jobs do not retry in step.
	 */
	Duration backoff(int failures) {
		long first = this.retry.firstBackoff().toMillis();
		long max = this.retry.maxBackoff().toMillis();
		long full = Math.min(max, first << Math.min(Math.max(failures, 1) - 1, 20));
		return Duration.ofMillis(full / 2 + ThreadLocalRandom.current().nextLong(full / 2 + 1));
	}

	private enum State {

		/** Cut from the file, not yet sent. */
		NEW,
		/** Its request awaits an answer. */
		IN_AIR,
		/** The answer was lost: it may or may not have landed. */
		UNCERTAIN,
		/** It did not land and goes again. */
		RESEND

	}

	/** A batch on its way, with its own copy of the rows. */
	private static final class Unresolved {

		private final Batch batch;

		private AcknowledgedBatch record;

		private State state = State.NEW;

		private int failures;

		/** Refused, never sent, or counted out: its record may go. */
		private boolean knownNotLanded;

		private Instant notBefore = Instant.MIN;

		private Unresolved(Batch batch) {
			this.batch = batch;
		}

	}

	private record Answer(Unresolved batch, PostRowsOutcome outcome) {
	}

	/** Sends one batch's request to Power BI, throwing as the client does. */
	@FunctionalInterface
	interface PostRows {

		void post(Batch batch);

	}

}
