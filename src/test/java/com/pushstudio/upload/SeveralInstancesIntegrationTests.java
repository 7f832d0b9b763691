package com.pushstudio.upload;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.pushstudio.support.SandboxCloud;
import com.pushstudio.support.SignInClient;
import com.pushstudio.support.ThrowawayPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of the app on one PostgreSQL database, in azure mode against one Power
 * BI, as behind a load balancer: a person's uploads go through either, the job engine
 * runs each dataset's jobs on one instance at a time, and an instance that dies has its
 * jobs taken over by the other. Both the app and the cloud have Power BI's per-dataset
 * limits compressed to the same values, so that two instances pushing to one dataset at
 * once, or one not counting what the other sent, would be answered 429.
 */
class SeveralInstancesIntegrationTests {

	/** The same limits for the app's pacer and the cloud's limiter. */
	private static final Map<String, String> LIMITS = Map.of("rows-per-post", "100", "requests-per-window", "12",
			"request-window", "3s", "rows-per-window", "1000", "rows-window", "3s");

	private final PostRowsLog postRows = new PostRowsLog();

	private SandboxCloud cloud;

	private final List<AppProcess> instances = new ArrayList<>();

	private String databaseUrl;

	@AfterEach
	void cleanUp() {
		try {
			this.instances.forEach(AppProcess::close);
		}
		finally {
			if (this.cloud != null) {
				this.cloud.close();
			}
		}
	}

	@Test
	void concurrentUploadsIntoOneDatasetThroughBothInstancesLandOnceAndAreNeverThrottled() throws Exception {
		startTwoInstances(Map.of());
		HttpUploads first = signedIn(this.instances.get(0));
		HttpUploads second = first.atPort(this.instances.get(1).port());
		String datasetId = first.createDataset();

		String one = first.upload(datasetId, HttpUploads.csv(1, 2_000));
		String other = second.upload(datasetId, HttpUploads.csv(2_001, 4_000));
		Set<String> runners = new TreeSet<>();
		awaitDone(one, datasetId, runners);
		awaitDone(other, datasetId, runners);

		assertThat(HttpUploads.storedIds(this.cloud, datasetId)).as("the ids in the table")
			.isEqualTo(HttpUploads.ids(1, 4_000));
		List<PostRowsLog.Request> requests = this.postRows.requests(datasetId);
		System.out.printf("two uploads through two instances: %d Post Rows requests, at most %d at once, run by %s%n",
				requests.size(), this.postRows.mostAtOnce(datasetId), runners);
		assertThat(requests).extracting(PostRowsLog.Request::status).as("Power BI's answers").containsOnly(200);
		assertThat(this.postRows.mostAtOnce(datasetId)).as("requests pending at once").isLessThanOrEqualTo(5);
	}

	/**
	 * The instance that starts the dataset's next job has sent nothing itself: it must
	 * count the requests the other just sent, which are still in Power BI's windows.
	 */
	@Test
	void aJobStartedOnTheOtherInstanceAsOneEndsCountsWhatThatOneSentAndIsNeverThrottled() throws Exception {
		startTwoInstances(Map.of());
		HttpUploads first = signedIn(this.instances.get(0));
		HttpUploads second = first.atPort(this.instances.get(1).port());
		String datasetId = first.createDataset();
		String next = second.draft(datasetId, HttpUploads.csv(2_001, 4_000));

		String one = first.upload(datasetId, HttpUploads.csv(1, 2_000));
		Set<String> firstRunners = new TreeSet<>();
		awaitDone(one, datasetId, firstRunners);
		second.start(next);
		Set<String> nextRunners = new TreeSet<>();
		awaitDone(next, datasetId, nextRunners);

		System.out.printf("one job after the other: the first run by %s, the next by %s%n", firstRunners, nextRunners);
		assertThat(HttpUploads.storedIds(this.cloud, datasetId)).as("the ids in the table")
			.isEqualTo(HttpUploads.ids(1, 4_000));
		assertThat(this.postRows.requests(datasetId)).extracting(PostRowsLog.Request::status)
			.as("Power BI's answers")
			.containsOnly(200);
	}

	@Test
	void theOtherInstanceTakesOverAJobWhoseInstanceWasKilledAndFinishesItExactly() throws Exception {
		startTwoInstances(Map.of());
		HttpUploads browser = signedIn(this.instances.get(0));
		String datasetId = browser.createDataset();
		int rows = 3_000;
		String uploadId = browser.upload(datasetId, HttpUploads.csv(rows));

		// Killed while it holds the dataset's execution and pushes, not while parked.
		String runner = await().atMost(Duration.ofMinutes(1))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> pushingOn(uploadId, datasetId), (name) -> name != null);
		AppProcess victim = instance(runner);
		AppProcess survivor = this.instances.stream()
			.filter((instance) -> instance != victim)
			.findFirst()
			.orElseThrow();
		victim.kill();
		long killedAt = System.nanoTime();
		long sentAtKill = rowsSent(uploadId);
		System.out.printf("killed %s with %d of %d rows sent%n", victim.name(), sentAtKill, rows);

		await().atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> rowsSent(uploadId) > sentAtKill || "DONE".equals(state(uploadId)));
		double movedAfter = (System.nanoTime() - killedAt) / 1e9;
		// Until it is found dead, the execution names the killed instance; from here on,
		// the
		// one that took it over.
		Set<String> runners = new TreeSet<>();
		awaitDone(uploadId, datasetId, runners);
		double doneAfter = (System.nanoTime() - killedAt) / 1e9;
		System.out.printf("takeover after SIGKILL: %.1f s (rows moving again), done after %.1f s, on %s%n", movedAfter,
				doneAfter, survivor.name());

		assertThat(runners).as("instances that held the job once it moved again").containsOnly(survivor.name());
		assertThat(HttpUploads.storedIds(this.cloud, datasetId)).as("the ids in the table")
			.isEqualTo(HttpUploads.ids(1, rows));
		List<List<String>> batches = query("select how, count(*), sum(row_count) from upload_job_batch where job_id = '"
				+ uploadId + "' group by how order by how");
		System.out.printf("takeover: batches by how they were known to land: %s%n", batches);
		assertThat(batches).as("batches still in flight").noneMatch((row) -> row.get(0).equals("IN_FLIGHT"));
		List<PostRowsLog.Request> requests = this.postRows.requests(datasetId);
		System.out.printf("takeover: %d Post Rows requests, %d answered 429%n", requests.size(),
				requests.stream().filter((request) -> request.status() == 429).count());
		assertThat(requests).extracting(PostRowsLog.Request::status).as("Power BI's answers").containsOnly(200);
	}

	/**
	 * A fresh database on the shared server, one cloud, and two instances on both,
	 * started side by side; each has its own name in the job engine, as two hosts would.
	 */
	private void startTwoInstances(Map<String, String> appSettings) throws SQLException {
		this.databaseUrl = ThrowawayPostgres.newDatabaseUrl();
		List<Integer> ports = List.of(SandboxCloud.freePort(), SandboxCloud.freePort());
		List<String> cloudSettings = new ArrayList<>();
		LIMITS.forEach((name, value) -> cloudSettings.add("push-studio.sandbox.powerbi.limits." + name + "=" + value));
		// Requests in flight at any moment, as against the real service.
		cloudSettings.add("push-studio.sandbox.powerbi.faults.latency=200ms");
		this.cloud = SandboxCloud.start(ports, List.of(this.postRows), cloudSettings.toArray(String[]::new));
		String key = AppProcess.newTokenEncryptionKey();
		// Uploaded files stay on the disk of the instance that took them: the instances
		// share
		// the data folder, as they would share a volume.
		Path dataDir = Path.of("target", "several-instances", UUID.randomUUID().toString()).toAbsolutePath();
		for (int i = 0; i < ports.size(); i++) {
			String name = "instance-" + (char) ('a' + i);
			Map<String, String> settings = new LinkedHashMap<>(this.cloud.azureModeSettings(ports.get(i), key));
			settings.put("spring.datasource.url", this.databaseUrl);
			settings.put("spring.datasource.username", "postgres");
			settings.put("spring.datasource.password", "");
			settings.put("push-studio.data-dir", dataDir.toString());
			settings.put("db-scheduler.scheduler-name", name);
			LIMITS.forEach((limit, value) -> settings.put("push-studio.upload.limits." + limit, value));
			settings.putAll(appSettings);
			this.instances.add(new AppProcess(name, ports.get(i), AppProcess.trusting(this.cloud), settings));
		}
		CompletableFuture<?> first = CompletableFuture.runAsync(() -> this.instances.get(0).start());
		this.instances.get(1).start();
		first.join();
	}

	private static HttpUploads signedIn(AppProcess instance) {
		SignInClient person = new SignInClient(instance.port());
		person.signIn("ada@contoso.example");
		return new HttpUploads(person);
	}

	private AppProcess instance(String schedulerName) {
		return this.instances.stream()
			.filter((instance) -> instance.name().equals(schedulerName))
			.findFirst()
			.orElseThrow();
	}

	/** The instance whose engine holds the dataset's execution while the job pushes. */
	private String pushingOn(String uploadId, String datasetId) throws SQLException {
		List<String> picked = runners(datasetId);
		// A third of the file in: well into the push, with most of it still to go; and
		// requests on their way, which the other instance must then decide on.
		List<String> job = query(
				"select state, rows_sent, requests_in_flight from upload_job where id = '" + uploadId + "'")
			.get(0);
		if (picked.isEmpty() || !"PUSHING".equals(job.get(0)) || Long.parseLong(job.get(1)) < 1_000
				|| Integer.parseInt(job.get(2)) == 0) {
			return null;
		}
		return picked.get(0);
	}

	/** The instance holding the dataset's execution now, if any. */
	private List<String> runners(String datasetId) throws SQLException {
		return query("select picked_by from scheduled_tasks where task_name = '" + DatasetQueue.TASK.getTaskName()
				+ "' and task_instance = '" + datasetId + "' and picked")
			.stream()
			.map((row) -> row.get(0))
			.toList();
	}

	/** Waits for the job to end DONE, noting the instances seen running its dataset. */
	private void awaitDone(String uploadId, String datasetId, Set<String> runners) {
		await().atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofMillis(250))
			.failFast("the upload asks the person or gave up",
					() -> List.of("NEEDS_DECISION", "FAILED", "PAUSED").contains(state(uploadId)))
			.until(() -> {
				runners.addAll(runners(datasetId));
				return state(uploadId);
			}, "DONE"::equals);
	}

	private String state(String uploadId) throws SQLException {
		return query("select state from upload_job where id = '" + uploadId + "'").get(0).get(0);
	}

	private long rowsSent(String uploadId) throws SQLException {
		return Long.parseLong(query("select rows_sent from upload_job where id = '" + uploadId + "'").get(0).get(0));
	}

	private List<List<String>> query(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(this.databaseUrl, "postgres", "")) {
			return KilledInstanceIntegrationTests.query(connection, sql);
		}
	}

}
