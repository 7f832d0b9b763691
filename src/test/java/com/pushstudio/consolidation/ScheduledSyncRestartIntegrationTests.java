package com.pushstudio.consolidation;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.pushstudio.PushStudioApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A table's schedule outlives the application: stopped while its next sync is due, the
 * next start runs it by itself, under the person's stored tokens, as one run however
 * often it is asked for meanwhile.
 */
class ScheduledSyncRestartIntegrationTests {

	@Test
	void aScheduledSyncRunsAfterARestartAndNeverTwiceAtOnce() throws Exception {
		Path folder = Path.of("target", "sync-restart", UUID.randomUUID().toString()).toAbsolutePath();
		// One address for both starts, as a restarted server keeps its own.
		int port = freePort();
		String owner;
		String prefix = SyncFlows.prefix();
		String alpha;
		String dataset;
		String source;
		try (ConfigurableApplicationContext first = start(folder, port, List.of())) {
			SyncFlows flows = SyncFlows.signedIn(first, port, "grace@contoso.example");
			owner = flows.owner();
			alpha = flows.sandbox().addProjectList(flows.projectsSite(), prefix + " Alpha", 6);
			dataset = flows.dataset();
			source = flows.source(dataset, prefix,
					new SyncSchedule(SyncSchedule.Kind.EVERY_MINUTES, 60, null, ZoneId.of("UTC")));
			assertThat(flows.syncNow(source).mode()).isEqualTo("APPEND");
			flows.sandbox().addItem(alpha, "Added while the app was down", "2");
		}
		// As if the hour went by while the application was down: the sync is due, and so
		// is the job engine's sweep that starts due syncs.
		dueNow(folder, source);

		// Every other Graph request throttled for a second: the sync runs for seconds.
		try (ConfigurableApplicationContext second = start(folder, port,
				List.of("--push-studio.sandbox.graph.faults.throttle-every=2",
						"--push-studio.sandbox.graph.faults.retry-after=1s"))) {
			SyncFlows flows = SyncFlows.again(second, owner);
			SharePointSources sharePoint = second.getBean(SharePointSources.class);
			SchedulerClient scheduler = second.getBean(SchedulerClient.class);
			// The job engine's execution is named by the source's id.
			await().atMost(Duration.ofSeconds(60))
				.pollInterval(Duration.ofMillis(50))
				.until(() -> scheduler.getScheduledExecution(SyncQueue.TASK.instance(source).build()).isPresent());
			// Asked twice more meanwhile: each ask is taken only when no sync of the
			// source
			// is queued or running, so however the asks fall, no two runs overlap.
			int taken = 0;
			for (int ask = 0; ask < 2; ask++) {
				taken += sharePoint.trySyncNow(owner, source) ? 1 : 0;
			}

			List<SyncRunView> runs = flows.awaitRuns(source, 2 + taken);
			assertThat(runs).as("the first run, the scheduled one, and one per ask taken").hasSize(2 + taken);
			List<SyncRunView> inOrder = new ArrayList<>(runs);
			Collections.reverse(inOrder);
			for (int i = 1; i < inOrder.size(); i++) {
				SyncRunView before = inOrder.get(i - 1);
				assertThat(inOrder.get(i).started()).as("run %d began after run %d ended", i, i - 1)
					.isAfterOrEqualTo(before.started().plus(before.took()));
			}
			SyncRunView scheduled = inOrder.get(1);
			assertThat(scheduled.trigger()).isEqualTo("SCHEDULE");
			assertThat(scheduled.mode()).isEqualTo("APPEND");
			assertThat(scheduled.rowsAppended()).isEqualTo(1);
			assertThat(scheduler.getScheduledExecution(SyncQueue.TASK.instance(source).build())).isEmpty();
			assertThat(sharePoint.view(owner, source).nextSync()).isAfter(Instant.now());
			assertThat(flows.rows(dataset))
				.containsExactlyInAnyOrderElementsOf(flows.expectedRows(Map.of(alpha, prefix + " Alpha")));
		}
	}

	private static void dueNow(Path folder, String sourceId) throws SQLException {
		Timestamp past = Timestamp.from(Instant.now().minusSeconds(60));
		try (Connection connection = DriverManager.getConnection(url(folder), "sa", "")) {
			try (PreparedStatement update = connection
				.prepareStatement("update sharepoint_source set next_sync_at = ? where id = ?")) {
				update.setTimestamp(1, past);
				update.setString(2, sourceId);
				assertThat(update.executeUpdate()).isEqualTo(1);
			}
			try (PreparedStatement update = connection.prepareStatement(
					"update scheduled_tasks set execution_time = ? where task_name = 'sharepoint-schedule-sweep'")) {
				update.setTimestamp(1, past);
				assertThat(update.executeUpdate()).isEqualTo(1);
			}
		}
	}

	private static ConfigurableApplicationContext start(Path folder, int port, List<String> settings) {
		// Arguments, not default properties: they must win over the tests' in-memory
		// database.
		List<String> args = new ArrayList<>(List.of("--server.port=" + port, "--push-studio.data-dir=" + folder,
				"--spring.datasource.url=" + url(folder)));
		args.addAll(settings);
		return new SpringApplicationBuilder(PushStudioApplication.class).run(args.toArray(String[]::new));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static String url(Path folder) {
		return "jdbc:h2:file:" + folder.resolve("db") + ";AUTO_SERVER=FALSE";
	}

}
