package com.pushstudio.upload;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Waiting for Power BI's hourly row limit costs no thread: with two job threads, datasets
 * that wait out the limit leave both free, another dataset's upload runs to the end at
 * once, and more waiting jobs do not mean more live threads. The limit is compressed to
 * 200 rows per hour in the application only, so that the sandbox never refuses.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "push-studio.upload.workers=2", "push-studio.upload.limits.rows-per-post=100",
				"push-studio.upload.limits.rows-per-window=200", "push-studio.upload.limits.rows-window=1h" })
@Import(UploadTestConfig.class)
@DirtiesContext
class ParkedWaitsIntegrationTests {

	private static final int MORE_WAITING = 12;

	@Autowired
	ApplicationContext context;

	@Test
	void datasetsWaitingOnTheHourlyLimitHoldNoThreadAndDoNotDelayAnother() {
		UploadFlows flows = new UploadFlows(this.context);
		List<String> waiting = startWaiting(flows, 3);
		assertThat(threadsInAJobRun()).as("threads inside a job's run while every job waits").isEmpty();
		int liveWithThree = liveThreads();

		waiting.addAll(startWaiting(flows, MORE_WAITING));
		assertThat(threadsInAJobRun()).as("threads inside a job's run while every job waits").isEmpty();
		int liveWithMore = liveThreads();
		System.out.printf("live threads with 3 jobs parked: %d, with %d: %d%n", liveWithThree, 3 + MORE_WAITING,
				liveWithMore);
		// The JVM's count: other test contexts' pool threads come and go meanwhile. A
		// thread per waiting job would add twelve; that noise is a few.
		assertThat(liveWithMore - liveWithThree).as("live threads added by %d more waiting jobs", MORE_WAITING)
			.isLessThan(MORE_WAITING / 2);

		String dataset = flows.createDataset();
		String id = flows.start(dataset, UploadFlows.csv(150), false);
		flows.awaitState(id, JobState.DONE);
		assertThat(flows.storedIdsSorted(dataset)).isEqualTo(UploadFlows.ids(1, 150));
		for (String parked : waiting) {
			UploadJob job = flows.job(parked);
			assertThat(job.state()).isEqualTo(JobState.PUSHING);
			assertThat(job.waitReason()).isEqualTo(WaitReason.ROWS_PER_HOUR);
		}
	}

	@Test
	void aCancelReachesAParkedJobAtOnce() {
		UploadFlows flows = new UploadFlows(this.context);
		String id = startWaiting(flows, 1).get(0);
		flows.uploads().cancel(flows.user(), id);
		UploadJob cancelled = flows.awaitState(id, JobState.CANCELLED);
		assertThat(flows.storedIds(cancelled.datasetId())).hasSize((int) cancelled.rowsSent());
		assertThat(cancelled.waitUntil()).isNull();
	}

	/** Uploads 300 rows into each of {@code count} new datasets, until each waits. */
	private static List<String> startWaiting(UploadFlows flows, int count) {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			ids.add(flows.start(flows.createDataset(), UploadFlows.csv(300), false));
		}
		for (String id : ids) {
			await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
				UploadJob job = flows.job(id);
				// Batch sizes are staggered: the rows sent are at most the limit.
				return job.waitReason() == WaitReason.ROWS_PER_HOUR && job.rowsSent() > 0 && job.rowsSent() <= 200
						&& job.requestsInFlight() == 0;
			});
		}
		return ids;
	}

	private static List<String> threadsInAJobRun() {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		List<String> inRun = new ArrayList<>();
		for (ThreadInfo info : threads.dumpAllThreads(false, false)) {
			if (Arrays.stream(info.getStackTrace())
				.anyMatch((frame) -> frame.getClassName().equals(RowPusher.class.getName())
						&& frame.getMethodName().equals("run"))) {
				inRun.add(info.getThreadName());
			}
		}
		return inRun;
	}

	private static int liveThreads() {
		return ManagementFactory.getThreadMXBean().getThreadCount();
	}

}
