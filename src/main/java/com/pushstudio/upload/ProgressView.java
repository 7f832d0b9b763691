package com.pushstudio.upload;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.pushstudio.csv.CellError;

/**
 * What the progress page shows of a job, computed from its record.
 *
 * @param percent of the rows to send that were sent (while checking: of the file read)
 * @param rowsPerSecond since pushing started, or 0
 * @param currentRowsPerSecond over the last minute while pushing, or 0
 * @param requestsInFlight Post Rows requests awaiting their answer
 * @param timeLeft at the rate since pushing started, or {@code null} when unknown
 * @param waitReason why nothing goes right now, or {@code null}
 * @param waitUntil when the next batch goes, as HH:mm:ss, or {@code null}
 * @param firstErrors the first errors, while the user chooses
 */
public record ProgressView(String id, JobState state, String fileName, String datasetId, String tableName,
		String workspace, int percent, long rowsChecked, long rowsTotal, long rowsSent, long errorCount,
		long rowsPerSecond, long currentRowsPerSecond, int requestsInFlight, Duration timeLeft, WaitReason waitReason,
		String waitUntil, String message, Long uncertainFirstLine, Long uncertainLastLine, boolean replaceRows,
		List<CellError> firstErrors, String created) {

	/**
	 * A wait can end tomorrow and be read from another zone: the date and the zone go
	 * with the time.
	 */
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss z",
			java.util.Locale.ENGLISH);

	private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm",
			java.util.Locale.ENGLISH);

	/** How far back the current rate looks. */
	static final Duration CURRENT_RATE_WINDOW = Duration.ofMinutes(1);

	/**
	 * Where the current rate's window starts: a minute ago, or when pushing started;
	 * {@code null} when the job is not pushing.
	 */
	static Instant currentRateSince(UploadJob job, Instant now) {
		if (job.state() != JobState.PUSHING || job.pushStartedAt() == null) {
			return null;
		}
		Instant minuteAgo = now.minus(CURRENT_RATE_WINDOW);
		return job.pushStartedAt().isAfter(minuteAgo) ? job.pushStartedAt() : minuteAgo;
	}

	/**
	 * @param rowsSinceCurrentRate rows acknowledged since {@link #currentRateSince}
	 */
	static ProgressView of(UploadJob job, Instant now, ZoneId zone, List<CellError> firstErrors,
			long rowsSinceCurrentRate) {
		int percent;
		if (job.state() == JobState.VALIDATING) {
			percent = percent(job.bytesChecked(), job.fileSize());
		}
		else if (job.state() == JobState.DONE) {
			percent = 100;
		}
		else {
			percent = percent(job.rowsSent(), job.rowsTotal());
		}
		long rate = 0;
		Duration left = null;
		if (job.pushStartedAt() != null && job.rowsSent() > 0) {
			Instant end = (job.finishedAt() != null) ? job.finishedAt() : now;
			long millis = Math.max(1, Duration.between(job.pushStartedAt(), end).toMillis());
			rate = job.rowsSent() * 1000 / millis;
			if (!job.state().finished() && rate > 0) {
				left = Duration.ofSeconds((job.rowsTotal() - job.rowsSent()) / rate);
			}
		}
		long current = 0;
		Instant since = currentRateSince(job, now);
		if (since != null) {
			current = rowsSinceCurrentRate * 1000 / Math.max(1000, Duration.between(since, now).toMillis());
		}
		String until = (job.waitUntil() != null) ? job.waitUntil().atZone(zone).format(WHEN) : null;
		if (left != null && job.waitUntil() != null && job.waitUntil().isAfter(now)) {
			// The rows still to send come after the wait.
			left = left.plus(Duration.between(now, job.waitUntil()));
		}
		boolean showUncertain = job.state() == JobState.NEEDS_DECISION;
		return new ProgressView(job.id(), job.state(), job.fileName(), job.datasetId(), job.tableName(),
				(job.workspaceId() != null) ? job.workspaceId() : "me", percent, job.rowsChecked(), job.rowsTotal(),
				job.rowsSent(), job.errorCount(), rate, current, job.requestsInFlight(), left, job.waitReason(), until,
				job.message(), showUncertain ? job.uncertainFirstLine() : null,
				showUncertain ? job.uncertainLastLine() : null, job.replaceRows(), firstErrors,
				job.createdAt().atZone(zone).format(CREATED));
	}

	/** What the errors suggest of the reading options, or {@code null}. */
	public ErrorHint hint() {
		return ErrorHint.of(this.firstErrors);
	}

	/** Rows the check refused: a row with two bad cells counts once here. */
	public long rowsWithErrors() {
		return Math.max(0, this.rowsChecked - this.rowsTotal);
	}

	/**
	 * The state as the badge names it: a push held back by a limit is waiting, not
	 * pushing.
	 */
	public String stateName() {
		return (this.state == JobState.PUSHING && this.waitReason != null) ? "WAITING" : this.state.name();
	}

	public boolean finished() {
		return this.state.finished();
	}

	/** Whether the page asks again: only while a worker moves the job on by itself. */
	public boolean polling() {
		return this.state == JobState.QUEUED || this.state == JobState.VALIDATING || this.state == JobState.PUSHING;
	}

	public boolean cancellable() {
		return this.state.cancellable();
	}

	/** "1 h 5 min", "3 min 20 s", "12 s". */
	public String timeLeftText() {
		if (this.timeLeft == null) {
			return null;
		}
		long s = this.timeLeft.toSeconds();
		if (s >= 3600) {
			return (s / 3600) + " h " + (s % 3600 / 60) + " min";
		}
		if (s >= 60) {
			return (s / 60) + " min " + (s % 60) + " s";
		}
		return s + " s";
	}

	private static int percent(long done, long total) {
		if (total <= 0) {
			return 0;
		}
		return (int) Math.min(100, done * 100 / total);
	}

}
