package com.pushstudio.upload;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.pushstudio.sandbox.powerbi.SandboxFaults;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Several batches in flight per dataset, against the sandbox over real HTTP with latency
 * injected: never more than Power BI's five pending requests, and exactly the file's rows
 * in the table whatever fails on the way.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "push-studio.upload.limits.rows-per-post=100", "push-studio.upload.retry.first-backoff=50ms",
				"push-studio.upload.retry.max-backoff=200ms", "push-studio.upload.retry.attempts=30" })
@AutoConfigureMockMvc
@Import({ UploadTestConfig.class, PipelinedPushIntegrationTests.Log.class })
class PipelinedPushIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	SandboxFaults faults;

	@Autowired
	PostRowsLog log;

	@Autowired
	AcknowledgedBatchRepository batches;

	UploadFlows flows;

	@BeforeEach
	void newUser() {
		this.flows = new UploadFlows(this.context);
	}

	@AfterEach
	void reset() {
		this.faults.reset();
	}

	@Test
	void keepsFiveBatchesInFlightButNeverSix() {
		String dataset = this.flows.createDataset();
		this.faults.latency(Duration.ofMillis(300));
		String id = this.flows.start(dataset, UploadFlows.csv(3_000), false);
		this.flows.awaitState(id, JobState.DONE);
		assertThat(this.log.mostAtOnce(dataset)).isEqualTo(5);
		assertThat(this.log.requests(dataset)).extracting(PostRowsLog.Request::status).containsOnly(200);
		assertThat(this.flows.storedIdsSorted(dataset)).isEqualTo(UploadFlows.ids(1, 3_000));
	}

	/**
	 * Of five batches in flight, two fail before the sandbox stores them and two after:
	 * all four are in doubt at once, and one row count finds the two that landed.
	 */
	@Test
	void oneRowCountTellsWhichOfSeveralUncertainBatchesLanded() {
		String dataset = this.flows.createDataset();
		this.faults.latency(Duration.ofMillis(300));
		this.faults.failNext(2);
		this.faults.dropNext(2);
		String id = this.flows.start(dataset, UploadFlows.csv(1_000), false);
		this.flows.awaitState(id, JobState.DONE);
		List<AcknowledgedBatch> records = this.batches.findByJobIdOrderByBatchIndex(id);
		assertThat(records).filteredOn((record) -> record.how() == AcknowledgedBatch.How.FOUND).hasSize(2);
		assertThat(records).extracting(AcknowledgedBatch::how).doesNotContain(AcknowledgedBatch.How.IN_FLIGHT);
		assertThat(failedTogether(this.log.requests(dataset))).isGreaterThanOrEqualTo(2);
		assertThat(this.flows.storedIdsSorted(dataset)).isEqualTo(UploadFlows.ids(1, 1_000));
	}

	/**
	 * Stored-then-dropped answers and 5xx before storing, at random on batches in flight
	 * together: the table ends with each row of the file once, seed after seed.
	 */
	@Test
	void endsWithExactlyTheFileWhenBatchesInFlightFailTogether() {
		int mostFailedTogether = 0;
		for (long seed = 1; seed <= 8; seed++) {
			String dataset = this.flows.createDataset();
			this.faults.seed(seed);
			this.faults.latency(Duration.ofMillis(50));
			this.faults.dropShare(0.2);
			this.faults.failShare(0.15);
			String id = this.flows.start(dataset, UploadFlows.csv(2_000), false);
			UploadJob done = this.flows.awaitState(id, JobState.DONE);
			this.faults.reset();
			assertThat(this.flows.storedIdsSorted(dataset)).as("seed %d", seed).isEqualTo(UploadFlows.ids(1, 2_000));
			assertThat(done.rowsSent()).as("seed %d", seed).isEqualTo(2_000);
			mostFailedTogether = Math.max(mostFailedTogether, failedTogether(this.log.requests(dataset)));
		}
		assertThat(mostFailedTogether).as("the most failed requests in flight at once").isGreaterThanOrEqualTo(2);
	}

	private static final java.util.regex.Pattern IN_FLIGHT_SHOWN = java.util.regex.Pattern
		.compile("data-testid=\"requests-in-flight\">[1-5]</dd>");

	private static final java.util.regex.Pattern CURRENT_RATE_SHOWN = java.util.regex.Pattern
		.compile("data-testid=\"current-rate\">[1-9][0-9,]* rows per second</dd>");

	@Test
	void theProgressPageShowsRequestsInFlightAndTheCurrentRate() throws Exception {
		// The page's first rendering (its template, the security chain) can outlast a
		// whole push on a loaded machine: render it once for a finished upload first.
		String finished = this.flows.start(this.flows.createDataset(), UploadFlows.csv(10), false);
		this.flows.awaitState(finished, JobState.DONE);
		this.mvc.perform(get("/uploads/" + finished + "/progress").with(user()));
		String dataset = this.flows.createDataset();
		this.faults.latency(Duration.ofMillis(400));
		String id = this.flows.start(dataset, UploadFlows.csv(5_000), false);
		int mostInFlight = 0;
		long fastest = 0;
		String page = "";
		while (!this.flows.job(id).state().finished()) {
			ProgressView view = this.flows.uploads().progress(this.flows.user(), id);
			mostInFlight = Math.max(mostInFlight, view.requestsInFlight());
			fastest = Math.max(fastest, view.currentRowsPerSecond());
			// The page is read on its own: the job may move on between two reads, so
			// the page kept is one that itself showed the push under way.
			String html = this.mvc.perform(get("/uploads/" + id + "/progress").with(user()))
				.andReturn()
				.getResponse()
				.getContentAsString();
			if (IN_FLIGHT_SHOWN.matcher(html).find() && CURRENT_RATE_SHOWN.matcher(html).find()) {
				page = html;
			}
			sleep(20);
		}
		assertThat(this.flows.job(id).state()).isEqualTo(JobState.DONE);
		assertThat(mostInFlight).isBetween(2, 5);
		assertThat(fastest).isPositive();
		assertThat(page).containsPattern(IN_FLIGHT_SHOWN).containsPattern(CURRENT_RATE_SHOWN);
		assertThat(this.flows.uploads().progress(this.flows.user(), id).requestsInFlight()).isZero();
	}

	/** The most requests answered 500 that one such request was in flight with. */
	private static int failedTogether(List<PostRowsLog.Request> requests) {
		List<PostRowsLog.Request> failed = new ArrayList<>(
				requests.stream().filter((request) -> request.status() == 500).toList());
		int most = 0;
		for (PostRowsLog.Request request : failed) {
			// Itself included.
			most = Math.max(most, (int) failed.stream().filter(request::overlaps).count());
		}
		return most;
	}

	private RequestPostProcessor user() {
		return oidcLogin().idToken((token) -> token.subject(this.flows.user()));
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Log {

		@Bean
		PostRowsLog postRowsLog() {
			return new PostRowsLog();
		}

	}

}
