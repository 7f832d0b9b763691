package com.pushstudio.upload;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * What an operator watches of the pushes, for {@code /actuator/prometheus}: rows and Post
 * Rows requests per dataset by how they were answered (429s among them), waits by reason,
 * how long jobs took by how they ended, and how many wait in the queue. Dataset ids,
 * never names or anything a person typed, go into tags.
 */
@Component
class PushMetrics {

	private final MeterRegistry registry;

	PushMetrics(MeterRegistry registry, UploadJobRepository jobs) {
		this.registry = registry;
		Gauge.builder("push_studio.jobs.queued", jobs, (repository) -> repository.countByState(JobState.QUEUED))
			.description("Upload jobs waiting for a worker")
			.register(registry);
	}

	/** Power BI answered a Post Rows request with success: its rows are in the table. */
	void landed(String datasetId, int rows) {
		request(datasetId, "landed");
		Counter.builder("push_studio.rows.pushed")
			.description("Rows Power BI accepted")
			.tag("dataset", datasetId)
			.register(this.registry)
			.increment(rows);
	}

	/** A Post Rows request that did not land: "throttled" (429), or "failed". */
	void refused(String datasetId, String outcome) {
		request(datasetId, outcome);
	}

	void waited(WaitReason reason, Duration duration) {
		Timer.builder("push_studio.waits")
			.description("Time a job waited before sending, by reason")
			.tag("reason", reason.name())
			.register(this.registry)
			.record(duration);
	}

	void finished(JobState state, Duration duration) {
		Timer.builder("push_studio.jobs")
			.description("Upload jobs' time from start to their end, by how they ended")
			.tag("state", state.name())
			.register(this.registry)
			.record(duration);
	}

	private void request(String datasetId, String outcome) {
		Counter.builder("push_studio.requests")
			.description("Post Rows requests, by how Power BI answered")
			.tag("dataset", datasetId)
			.tag("outcome", outcome)
			.register(this.registry)
			.increment();
	}

}
