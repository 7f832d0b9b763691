package com.pushstudio.upload;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.pushstudio.PushStudioApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An upload outlives the application: stopped mid-job, the next start resumes it where
 * its batch records say, and the table ends with exactly the file's rows.
 */
class UploadRestartIntegrationTests {

	/** Slow pacing (5 requests a second of 20 rows), so that a run is stopped mid-job. */
	private static final List<String> SLOW = List.of("--push-studio.upload.limits.rows-per-post=20",
			"--push-studio.upload.limits.requests-per-window=5", "--push-studio.upload.limits.request-window=1s");

	@Test
	void aJobInterruptedByARestartResumesAndFinishesExactly() {
		Path folder = folder();
		String dataset;
		String id;
		String user;
		try (ConfigurableApplicationContext first = start(folder, SLOW)) {
			UploadFlows flows = new UploadFlows(first);
			user = flows.user();
			dataset = flows.createDataset();
			id = flows.start(dataset, UploadFlows.csv(600), false);
			await().until(() -> flows.job(id).rowsSent() >= 100);
		}
		try (ConfigurableApplicationContext second = start(folder, SLOW)) {
			UploadFlows flows = new UploadFlows(second, user);
			UploadJob interrupted = flows.job(id);
			assertThat(interrupted.rowsSent()).isLessThan(600);
			UploadJob done = flows.awaitState(id, JobState.DONE);
			assertThat(done.rowsSent()).isEqualTo(600);
			assertThat(flows.storedIdsSorted(dataset)).isEqualTo(UploadFlows.ids(1, 600));
		}
	}

	/**
	 * Stopped with several batches on their way (a second of latency each), the job
	 * leaves them recorded in flight; the sandbox still stores them as it shuts down
	 * gracefully. The next start reads the row count once, acknowledges those that landed
	 * and sends only the others.
	 */
	@Test
	void aRestartWithSeveralBatchesInFlightResumesExactly() throws SQLException {
		Path folder = folder();
		String dataset;
		String id;
		String user;
		try (ConfigurableApplicationContext first = start(folder,
				List.of("--push-studio.upload.limits.rows-per-post=100",
						"--push-studio.sandbox.powerbi.faults.latency=1s", "--server.shutdown=graceful"))) {
			UploadFlows flows = new UploadFlows(first);
			user = flows.user();
			dataset = flows.createDataset();
			id = flows.start(dataset, UploadFlows.csv(3_000), false);
			await().atMost(Duration.ofSeconds(60))
				.until(() -> flows.job(id).rowsSent() >= 300 && flows.job(id).requestsInFlight() >= 3);
		}
		List<String> leftInFlight = inFlight(folder, id);
		assertThat(leftInFlight).as("batches recorded in flight after the stop").hasSizeGreaterThanOrEqualTo(2);
		try (ConfigurableApplicationContext second = start(folder, List
			.of("--push-studio.upload.limits.rows-per-post=100", "--push-studio.upload.retry.first-backoff=100ms"))) {
			UploadFlows flows = new UploadFlows(second, user);
			UploadJob done = flows.awaitState(id, JobState.DONE);
			assertThat(flows.storedIdsSorted(dataset)).isEqualTo(UploadFlows.ids(1, 3_000));
			assertThat(done.rowsSent()).isEqualTo(3_000);
			List<AcknowledgedBatch> records = second.getBean(AcknowledgedBatchRepository.class)
				.findByJobIdOrderByBatchIndex(id);
			assertThat(records).filteredOn((record) -> leftInFlight.contains(Integer.toString(record.batchIndex())))
				.extracting(AcknowledgedBatch::how)
				.as("the batches left in flight, which the sandbox stored while shutting down")
				.containsOnly(AcknowledgedBatch.How.FOUND);
		}
	}

	/**
	 * A step writes its batch records in one transaction and the job row on its own, so a
	 * crash between the two leaves the job row behind its records, or ahead of them (an
	 * acknowledgement counted on the job and not yet written). Injected here by rewriting
	 * the job row between runs: each next start rebuilds the counts from the records and
	 * ends with exactly the file.
	 */
	@Test
	void aJobRowBehindOrAheadOfItsBatchRecordsResumesExactly() throws SQLException {
		Path folder = folder();
		String dataset;
		String id;
		String user;
		try (ConfigurableApplicationContext first = start(folder, SLOW)) {
			UploadFlows flows = new UploadFlows(first);
			user = flows.user();
			dataset = flows.createDataset();
			id = flows.start(dataset, UploadFlows.csv(1_200), false);
			await().until(() -> flows.job(id).rowsSent() >= 100);
		}
		rewriteJobCounts(folder, id, "rows_sent = 0, batches_acknowledged = 0, last_acknowledged_line = 0");
		long sentInSecond;
		try (ConfigurableApplicationContext second = start(folder, SLOW)) {
			UploadFlows flows = new UploadFlows(second, user);
			long before = flows.job(id).rowsSent();
			await().until(() -> flows.job(id).rowsSent() >= 300 && flows.job(id).rowsSent() > before);
			sentInSecond = flows.job(id).rowsSent();
		}
		assertThat(sentInSecond).isLessThan(1_200);
		rewriteJobCounts(folder, id, "rows_sent = rows_sent + 400, batches_acknowledged = batches_acknowledged + 20, "
				+ "last_acknowledged_line = last_acknowledged_line + 400");
		try (ConfigurableApplicationContext third = start(folder, List.of())) {
			UploadFlows flows = new UploadFlows(third, user);
			UploadJob done = flows.awaitState(id, JobState.DONE);
			assertThat(done.rowsSent()).isEqualTo(1_200);
			assertThat(flows.storedIdsSorted(dataset)).isEqualTo(UploadFlows.ids(1, 1_200));
		}
	}

	private static void rewriteJobCounts(Path folder, String jobId, String assignments) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url(folder), "sa", "");
				PreparedStatement update = connection
					.prepareStatement("update upload_job set " + assignments + " where id = ?")) {
			update.setString(1, jobId);
			assertThat(update.executeUpdate()).isEqualTo(1);
		}
	}

	private static Path folder() {
		return Path.of("target", "upload-restart", UUID.randomUUID().toString()).toAbsolutePath();
	}

	/** The same data folder and file database each time. */
	private static ConfigurableApplicationContext start(Path folder, List<String> settings) {
		// Arguments, not default properties: they must win over the tests' in-memory
		// database.
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--push-studio.data-dir=" + folder,
				"--spring.datasource.url=" + url(folder)));
		args.addAll(settings);
		return new SpringApplicationBuilder(PushStudioApplication.class, UploadTestConfig.class)
			.run(args.toArray(String[]::new));
	}

	/** What the stopped application left on record, read with neither running. */
	private static List<String> inFlight(Path folder, String jobId) throws SQLException {
		List<String> indexes = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(url(folder), "sa", "");
				PreparedStatement query = connection.prepareStatement(
						"select batch_index from upload_job_batch where job_id = ? and how = 'IN_FLIGHT'")) {
			query.setString(1, jobId);
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					indexes.add(Integer.toString(rows.getInt(1)));
				}
			}
		}
		return indexes;
	}

	private static String url(Path folder) {
		return "jdbc:h2:file:" + folder.resolve("db") + ";AUTO_SERVER=FALSE";
	}

}
