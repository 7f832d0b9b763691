package com.pushstudio.upload;

import java.time.Duration;

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
 * @param workers background threads running jobs; each dataset runs one job at a time
 * @param limits Power BI's limits per dataset
 * @param retry how failed requests are tried again
 */
@ConfigurationProperties("push-studio.upload")
@Validated
public record UploadProperties(@DefaultValue("2GB") DataSize maxFileSize, @Min(1) @DefaultValue("2") int workers,
		@Valid @DefaultValue Limits limits, @Valid @DefaultValue Retry retry) {

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

}
