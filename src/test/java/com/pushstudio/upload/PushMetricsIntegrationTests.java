package com.pushstudio.upload;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.pushstudio.sandbox.powerbi.SandboxFaults;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After an upload, the Prometheus endpoint shows what was pushed into that dataset: its
 * rows, its requests by how Power BI answered (a 429 among them), the wait the 429 asked
 * for, the job's time by how it ended, and the queue.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "push-studio.upload.limits.rows-per-post=100")
@Import(UploadTestConfig.class)
class PushMetricsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	SandboxFaults faults;

	@AfterEach
	void reset() {
		this.faults.reset();
	}

	@Test
	void thePrometheusEndpointShowsThePushOfAnUpload() throws Exception {
		UploadFlows flows = new UploadFlows(this.context);
		String dataset = flows.createDataset();
		this.faults.retryAfter(Duration.ofMillis(200));
		this.faults.throttleNext(1);

		String id = flows.start(dataset, UploadFlows.csv(250), false);
		flows.awaitState(id, JobState.DONE);

		String metrics = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/prometheus")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		assertThat(metrics).contains("push_studio_rows_pushed_total{dataset=\"" + dataset + "\"} 250.0")
			.contains("push_studio_requests_total{dataset=\"" + dataset + "\",outcome=\"throttled\"} 1.0")
			.contains("push_studio_waits_seconds_count{reason=\"RETRY_AFTER\"}")
			.contains("push_studio_jobs_seconds_count{state=\"DONE\"}")
			.contains("push_studio_jobs_queued ");
		assertThat(metrics)
			.containsPattern("push_studio_requests_total\\{dataset=\"" + dataset + "\",outcome=\"landed\"} [3-9]\\.0");
	}

}
