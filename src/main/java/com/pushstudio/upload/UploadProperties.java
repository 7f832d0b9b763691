package com.pushstudio.upload;

import java.time.Duration;

import com.pushstudio.csv.CsvLimits;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How uploads are taken and pushed. The limits default to Power BI's documented push
 * dataset limits; tests shrink the windows instead of waiting an hour.
 *
 * @param maxFileSize largest CSV file taken (the multipart limit is set to match)
 * @param maxFileNameLength longest file name taken, in characters: the name is stored and
 * shown on every page of the upload
 * @param workers threads running jobs on this instance (db-scheduler's {@code threads});
 * each dataset runs one job at a time across all instances, and a waiting job holds none
 * @param limits Power BI's limits per dataset
 * @param retry how failed requests are tried again
 * @param csv how wide a file may be
 * @param errorsKept cell errors written to a job's errors file; the ones beyond are
 * counted, not kept, so that a bad file cannot fill the disk
 * @param quota what one user's unfinished uploads may hold at once
 * @param retention how long files are kept that no one is using
 * @param slice how long a job runs before it lets the jobs of other datasets have its
 * thread; it goes on where it stopped, on whichever instance is free
 * @param parkAfter a wait for Power BI longer than this ends the job's run and schedules
 * the next one for when the wait is over, so that waiting holds no thread
 */
@ConfigurationProperties("push-studio.upload")
@Validated
public record UploadProperties(@DefaultValue("2GB") DataSize maxFileSize,
		@Min(1) @Max(400) @DefaultValue("255") int maxFileNameLength, @Min(1) @DefaultValue("8") int workers,
		@Valid @DefaultValue Limits limits, @Valid @DefaultValue Retry retry, @Valid @DefaultValue Csv csv,
		@Min(1) @DefaultValue("10000") int errorsKept, @Valid @DefaultValue Quota quota,
		@Valid @DefaultValue Retention retention, @DefaultValue("30s") Duration slice,
		@DefaultValue("3s") Duration parkAfter) {

	/**
	 * Power BI's push dataset limits (learn.microsoft.com push-datasets-limitations).
	 *
	 * @param rowsPerPost rows per Post Rows request
	 * @param bytesPerPost JSON bytes per request, under 16 MB read either way
	 * @param requestsPerWindow Post Rows requests per {@code requestWindow} per dataset
	 * @param bigTableRows from this many rows in the table on, the big-table rate applies
	 * @param bigTableRequestsPerWindow Post Rows requests per {@code bigTableWindow} then
	 * @param rowsPerWindow rows added per {@code rowsWindow} per dataset
	 * @param pendingRequests Post Rows requests in flight per dataset; Power BI allows 5.
	 * Rows then land out of file order; the batch sizes are staggered so that one row
	 * count still tells which of them landed after an ambiguous failure
	 */
	public record Limits(@Min(1) @Max(10_000) @DefaultValue("10000") int rowsPerPost,
			@DefaultValue("15900000B") DataSize bytesPerPost, @Positive @DefaultValue("120") int requestsPerWindow,
			@DefaultValue("1m") Duration requestWindow, @Positive @DefaultValue("250000") long bigTableRows,
			@Positive @DefaultValue("120") int bigTableRequestsPerWindow, @DefaultValue("1h") Duration bigTableWindow,
			@Positive @DefaultValue("1000000") long rowsPerWindow, @DefaultValue("1h") Duration rowsWindow,
			@Min(1) @Max(5) @DefaultValue("5") int pendingRequests) {
	}

	/**
	 * @param attempts tries per batch for server errors and time-outs before the job
	 * pauses
	 * @param firstBackoff wait after the first failure, doubled each time, with jitter
	 * @param maxBackoff longest wait between tries
	 * @param retryAfterWhenMissing wait after a 429 that does not say how long
	 */
	public record Retry(@Min(1) @DefaultValue("8") int attempts, @DefaultValue("2s") Duration firstBackoff,
			@DefaultValue("2m") Duration maxBackoff, @DefaultValue("60s") Duration retryAfterWhenMissing) {
	}

	CsvLimits csvLimits() {
		return new CsvLimits(this.csv.maxColumns(), this.csv.maxFieldLength(), this.csv.maxRecordLength(),
				this.errorsKept);
	}

	/**
	 * Bounds on what one file may make the reader hold. Power BI takes at most 75 columns
	 * per table, so the columns beyond that are never sent; they are still listed on the
	 * mapping page, which is why their number is bounded.
	 *
	 * @param maxColumns columns per record
	 * @param maxFieldLength characters per field; far above the 4,000 Power BI takes, so
	 * that a long cell is read and reported rather than refused with the file
	 * @param maxRecordLength characters per record, all its fields together
	 */
	public record Csv(@Min(1) @DefaultValue("1000") int maxColumns, @Min(1) @DefaultValue("1048576") int maxFieldLength,
			@Min(1) @DefaultValue("4194304") int maxRecordLength) {

	}

	/**
	 * @param jobs unfinished uploads per user (draft, queued, running or waiting)
	 * @param bytes bytes of their files together
	 */
	public record Quota(@Min(1) @DefaultValue("20") int jobs, @DefaultValue("10GB") DataSize bytes) {
	}

	/**
	 * When the scheduled clean-up deletes files. An expired upload is cancelled.
	 *
	 * @param drafts a draft's file, that long after its last change
	 * @param waiting the file of an upload waiting for its owner (a choice, a decision, a
	 * resume), that long after its last change
	 * @param errorsFiles an ended upload's errors file, that long after it ended
	 * @param orphans a file in the uploads folder that no upload owns, that long after it
	 * was last written (a grace for a file being stored right now)
	 * @param interval time between two clean-ups
	 */
	public record Retention(@DefaultValue("24h") Duration drafts, @DefaultValue("7d") Duration waiting,
			@DefaultValue("7d") Duration errorsFiles, @DefaultValue("1h") Duration orphans,
			@DefaultValue("15m") Duration interval) {
	}

}
