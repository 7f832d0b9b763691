package com.pushstudio.consolidation;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.pushstudio.account.CloudEndpoints;
import com.pushstudio.consolidation.ListRule.Kind;
import com.pushstudio.dataset.DatasetDesigner;
import com.pushstudio.dataset.DatasetForm;
import com.pushstudio.graph.ColumnKind;
import com.pushstudio.graph.GraphClient;
import com.pushstudio.graph.ListColumn;
import com.pushstudio.powerbi.Column;
import com.pushstudio.powerbi.DataType;
import com.pushstudio.powerbi.PowerBiClient;
import com.pushstudio.powerbi.Table;
import com.pushstudio.powerbi.Workspace;
import com.pushstudio.sandbox.SandboxSigningKey;
import com.pushstudio.support.SandboxPowerBiTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Syncs run by the job engine into the sandbox's Power BI, their rows pushed by real
 * upload jobs; Graph is held in memory until its sandbox is there.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(SharePointSyncIntegrationTests.Config.class)
class SharePointSyncIntegrationTests {

	private static final List<ListColumn> COLUMNS = List.of(
			new ListColumn("Title", "Task", ColumnKind.TEXT, false, false, null, null, false, false),
			new ListColumn("Hours0", "Hours", ColumnKind.NUMBER, false, false, null, null, false, false));

	@Autowired
	SharePointSources sharePoint;

	@Autowired
	DatasetDesigner designer;

	@Autowired
	PowerBiClient powerBi;

	@Autowired
	FakeGraph graph;

	@Autowired
	Sources sources;

	@Autowired
	SyncQueue queue;

	@Autowired
	SchedulerClient scheduler;

	private final String user = "sync-" + UUID.randomUUID() + "@sandbox.example";

	@Test
	void syncsAppendThenRebuildAndAScheduledOneRunsByItself() {
		String datasetId = this.designer.create(this.user,
				DatasetForm.of("Projects", List.of(Table.of("Work", List.of(Column.of("Task", DataType.STRING),
						Column.of("Hours", DataType.INT64), Column.of("List", DataType.STRING))))));
		this.graph.addList("alpha", "Project Alpha", COLUMNS);
		for (int i = 1; i <= 30; i++) {
			this.graph.put("alpha", "" + i, Map.of("Title", "task " + i, "Hours0", i));
		}
		String id = this.sharePoint.create(this.user, new SourceDraft("me", datasetId, "Work", FakeGraph.SITE,
				new ListRule(Kind.NAME_PATTERN, null, "Project *", null), ZoneId.of("UTC"), "List", null, null));

		assertThat(this.sharePoint.trySyncNow(this.user, id)).isTrue();
		SyncRunView first = awaitRuns(id, 1).get(0);
		assertThat(first.mode()).isEqualTo("APPEND");
		assertThat(rows(datasetId)).isEqualTo(30);

		this.graph.put("alpha", "7", Map.of("Title", "task 7", "Hours0", 70));
		this.graph.put("alpha", "31", Map.of("Title", "task 31", "Hours0", 31));
		this.sharePoint.syncNow(this.user, id);
		SyncRunView second = awaitRuns(id, 2).get(0);
		assertThat(second.mode()).isEqualTo("REBUILD");
		assertThat(second.reason()).isEqualTo("item 7 of Project Alpha changed");
		assertThat(rows(datasetId)).isEqualTo(31);

		this.graph.put("alpha", "32", Map.of("Title", "task 32", "Hours0", 32));
		SharePointSource source = this.sources.findById(id).orElseThrow();
		source.nextSyncAt(Instant.now().minusSeconds(1));
		this.sources.save(source);
		this.queue.sweep();
		SyncRunView scheduled = awaitRuns(id, 3).get(0);
		assertThat(scheduled.trigger()).isEqualTo("SCHEDULE");
		assertThat(scheduled.mode()).isEqualTo("APPEND");
		assertThat(rows(datasetId)).isEqualTo(32);

		this.sharePoint.delete(this.user, id);
		assertThat(this.sharePoint.sourceOf(this.user, "me", datasetId, "Work")).isEmpty();
		assertThat(rows(datasetId)).isEqualTo(32);
	}

	@Test
	void aSyncIsNotQueuedTwiceAndDeletingTheSourceRemovesItsQueuedOne() {
		String datasetId = this.designer.create(this.user,
				DatasetForm.of("Projects", List.of(Table.of("Work", List.of(Column.of("Task", DataType.STRING))))));
		String id = this.sharePoint.create(this.user,
				new SourceDraft("me", datasetId, "Work", FakeGraph.SITE,
						new ListRule(Kind.PICKED, List.of("none"), null, null), ZoneId.of("UTC"), null, null,
						new SyncSchedule(SyncSchedule.Kind.DAILY, 0, java.time.LocalTime.NOON, ZoneId.of("UTC"))));
		assertThat(this.sharePoint.view(this.user, id).nextSync()).isAfter(Instant.now());
		// A sync queued for later stands for one queued or running.
		TaskInstance<String> later = SyncQueue.TASK.instance(id).data(SyncQueue.SCHEDULE).build();
		assertThat(this.scheduler.scheduleIfNotExists(later, Instant.now().plus(Duration.ofHours(1)))).isTrue();

		assertThat(this.sharePoint.trySyncNow(this.user, id)).isFalse();
		assertThat(this.sharePoint.view(this.user, id).syncing()).isTrue();

		this.sharePoint.delete(this.user, id);
		assertThat(this.scheduler.getScheduledExecution(later)).isEmpty();
		org.assertj.core.api.Assertions.assertThatExceptionOfType(SourceNotFoundException.class)
			.isThrownBy(() -> this.sharePoint.view(this.user, id));
	}

	@Test
	void anotherUsersSourceIsNotFound() {
		org.assertj.core.api.Assertions.assertThatExceptionOfType(SourceNotFoundException.class)
			.isThrownBy(() -> this.sharePoint.view(this.user, UUID.randomUUID().toString()));
	}

	/**
	 * The newest runs first, once there are {@code count} and the last one's rows landed.
	 */
	private List<SyncRunView> awaitRuns(String id, int count) {
		await().atMost(Duration.ofSeconds(60)).until(() -> {
			SourceView view = this.sharePoint.view(this.user, id);
			return view.history().size() >= count && !view.syncing();
		});
		return this.sharePoint.view(this.user, id).history();
	}

	private long rows(String datasetId) {
		OptionalLong rows = this.powerBi.rowCount(this.user, Workspace.MY_WORKSPACE, datasetId, "Work");
		return rows.orElse(-1);
	}

	@TestConfiguration
	static class Config {

		/** Before the stored tokens, which would need a real sign-in first. */
		@Bean
		@Primary
		SandboxPowerBiTokens sandboxTokens(SandboxSigningKey signingKey, CloudEndpoints endpoints) {
			return new SandboxPowerBiTokens(signingKey, endpoints.powerBiResource());
		}

		@Bean
		@Primary
		FakeGraph fakeGraph() {
			return new FakeGraph();
		}

	}

}
