package com.pushstudio.upload;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.pushstudio.sandbox.powerbi.SandboxFaults;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Power BI's request and row limits with five requests in flight, compressed to seconds
 * in the application and in the sandbox alike: no window, wherever it falls, holds more
 * than the limit of the requests that were in flight or answered in it, and the sandbox
 * never answers 429.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "push-studio.upload.limits.rows-per-post=100", "push-studio.upload.limits.requests-per-window=8",
				"push-studio.upload.limits.request-window=2s", "push-studio.upload.limits.rows-per-window=1500",
				"push-studio.upload.limits.rows-window=3s", "push-studio.sandbox.powerbi.limits.requests-per-window=8",
				"push-studio.sandbox.powerbi.limits.request-window=2s",
				"push-studio.sandbox.powerbi.limits.rows-per-window=1500",
				"push-studio.sandbox.powerbi.limits.rows-window=3s" })
@Import({ UploadTestConfig.class, PipelinedPushIntegrationTests.Log.class })
class PushLimitsIntegrationTests {

	private static final long REQUEST_WINDOW = Duration.ofSeconds(2).toNanos();

	private static final long ROWS_WINDOW = Duration.ofSeconds(3).toNanos();

	@Autowired
	ApplicationContext context;

	@Autowired
	SandboxFaults faults;

	@Autowired
	PostRowsLog log;

	@AfterEach
	void reset() {
		this.faults.reset();
	}

	@Test
	void noWindowHoldsMoreRequestsOrRowsThanTheLimitWithFiveInFlight() {
		UploadFlows flows = new UploadFlows(this.context);
		String dataset = flows.createDataset();
		this.faults.latency(Duration.ofMillis(200));
		String id = flows.start(dataset, UploadFlows.csv(2_500), false);
		flows.awaitState(id, JobState.DONE);
		assertThat(flows.storedIdsSorted(dataset)).isEqualTo(UploadFlows.ids(1, 2_500));

		List<PostRowsLog.Request> requests = this.log.requests(dataset);
		assertThat(requests).extracting(PostRowsLog.Request::status).containsOnly(200);
		List<Span> requestSpans = new ArrayList<>();
		requests.forEach((request) -> requestSpans.add(new Span(request.arrivedNanos(), request.answeredNanos(), 1)));
		// As the sandbox saw them; the limit must also have held the pace back.
		assertThat(mostInAnyWindow(requestSpans, REQUEST_WINDOW)).isEqualTo(8);
		assertThat(this.log.mostAtOnce(dataset)).isEqualTo(5);

		List<Span> rowSpans = new ArrayList<>();
		requests.forEach(
				(request) -> rowSpans.add(new Span(request.arrivedNanos(), request.answeredNanos(), request.rows())));
		// As the sandbox saw them too: the application's own records of sending and
		// acknowledging are taken just before and after, so they span a little more than
		// what Power BI can count.
		assertThat(requests.stream().mapToInt(PostRowsLog.Request::rows).sum()).isEqualTo(2_500);
		assertThat(mostInAnyWindow(rowSpans, ROWS_WINDOW)).isBetween(1_000L, 1_500L);
	}

	/**
	 * The most a window of {@code window} can hold of requests that were in flight at
	 * some moment in it: Power BI may count each at any moment from its arrival to its
	 * answer. The most is reached with a window starting at some answer.
	 */
	private static long mostInAnyWindow(List<Span> spans, long window) {
		long most = 0;
		for (Span start : spans) {
			long from = start.end();
			long sum = 0;
			for (Span span : spans) {
				if (span.start() < from + window && span.end() >= from) {
					sum += span.amount();
				}
			}
			most = Math.max(most, sum);
		}
		return most;
	}

	/** A request from its sending (or arrival) to its answer, and what it counts. */
	private record Span(long start, long end, long amount) {
	}

}
