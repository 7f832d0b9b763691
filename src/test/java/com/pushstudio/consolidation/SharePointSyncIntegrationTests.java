package com.pushstudio.consolidation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.pushstudio.consolidation.SyncRunView.ListRunView;
import com.pushstudio.powerbi.DataType;
import com.pushstudio.sandbox.graph.GraphFaults;
import com.pushstudio.sandbox.graph.SandboxSharePoint;
import com.pushstudio.sandbox.powerbi.SandboxFaults;
import com.pushstudio.upload.JobOutcome;
import com.pushstudio.upload.UploadJobs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;

/**
 * SharePoint syncs end to end in sandbox mode: a person who signed in and allowed
 * SharePoint, lists in the sandbox's SharePoint read over HTTP by the real Graph client
 * (seven items a page), the job engine running the syncs, real upload jobs pushing the
 * rows into the sandbox Power BI. After each sync the table holds exactly the lists'
 * current items.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "push-studio.sandbox.graph.page-size=7")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharePointSyncIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	GraphFaults faults;

	@Autowired
	SandboxFaults powerBiFaults;

	@Autowired
	SchedulerClient scheduler;

	@Autowired
	UploadJobs uploads;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SyncRecords records;

	@Autowired
	SourceSync sync;

	private SyncFlows flows;

	private SandboxSharePoint sandbox;

	private String site;

	@BeforeAll
	void signIn() {
		this.flows = SyncFlows.signedIn(this.context, this.port, "ada@contoso.example");
		this.sandbox = this.flows.sandbox();
		this.site = this.flows.projectsSite();
	}

	@AfterEach
	void resetFaults() {
		this.faults.reset();
		this.powerBiFaults.reset();
	}

	@Test
	void thirtyListsReadInPagesWhileGraphThrottlesLandExactlyTheirItems() {
		String prefix = SyncFlows.prefix();
		Map<String, String> lists = new LinkedHashMap<>();
		for (int n = 1; n <= 30; n++) {
			String title = prefix + " %02d".formatted(n);
			// Ten items: two delta pages each.
			lists.put(this.sandbox.addProjectList(this.site, title, 10), title);
		}
		String dataset = this.flows.dataset();
		String source = this.flows.source(dataset, prefix, null);
		this.faults.retryAfter(Duration.ofSeconds(1));
		this.faults.throttleEvery(5);

		SyncRunView run = this.flows.syncNow(source);

		assertThat(this.faults.faultsAnswered()).as("429s met on the way").isGreaterThanOrEqualTo(10);
		assertThat(run.outcome()).isEqualTo("OK");
		assertThat(run.mode()).isEqualTo("APPEND");
		assertThat(run.rowsAppended()).isEqualTo(300);
		assertThat(run.lists()).hasSize(30).allSatisfy((list) -> {
			assertThat(list.outcome()).isEqualTo("OK");
			assertThat(list.newItems()).isEqualTo(10);
			assertThat(list.rows()).isEqualTo(10);
		});
		assertThat(this.flows.rows(dataset)).containsExactlyInAnyOrderElementsOf(this.flows.expectedRows(lists));
	}

	@Test
	void aListCreatedBetweenTwoSyncsThatMatchesTheRuleIsAppended() {
		String prefix = SyncFlows.prefix();
		Map<String, String> lists = new LinkedHashMap<>();
		lists.put(this.sandbox.addProjectList(this.site, prefix + " Alpha", 4), prefix + " Alpha");
		String dataset = this.flows.dataset();
		String source = this.flows.source(dataset, prefix, null);
		this.flows.syncNow(source);
		List<Long> firstRows = this.flows.rowIds(dataset);
		assertThat(firstRows).hasSize(4);

		lists.put(this.sandbox.addProjectList(this.site, prefix + " Gamma", 3), prefix + " Gamma");
		SyncRunView run = this.flows.syncNow(source);

		assertThat(run.mode()).isEqualTo("APPEND");
		assertThat(run.reason()).isEqualTo("3 new items in " + prefix + " Gamma, nothing changed");
		assertThat(run.rowsAppended()).isEqualTo(3);
		assertThat(this.flows.rowIds(dataset)).as("the first sync's rows stay as they were")
			.hasSize(7)
			.startsWith(firstRows.toArray(Long[]::new));
		assertThat(this.flows.rows(dataset)).containsExactlyInAnyOrderElementsOf(this.flows.expectedRows(lists));
	}

	@Test
	void onlyNewItemsAreAppendedAndEarlierRowsStay() {
		String prefix = SyncFlows.prefix();
		String alpha = this.sandbox.addProjectList(this.site, prefix + " Alpha", 5);
		String beta = this.sandbox.addProjectList(this.site, prefix + " Beta", 2);
		Map<String, String> lists = Map.of(alpha, prefix + " Alpha", beta, prefix + " Beta");
		String dataset = this.flows.dataset();
		String source = this.flows.source(dataset, prefix, null);
		this.flows.syncNow(source);
		List<Long> firstRows = this.flows.rowIds(dataset);

		this.sandbox.addItem(beta, "Write the report", "7.5");
		this.sandbox.addItem(beta, "Review it", "");
		SyncRunView run = this.flows.syncNow(source);

		assertThat(run.mode()).isEqualTo("APPEND");
		assertThat(run.rowsAppended()).isEqualTo(2);
		assertThat(run.rowsRebuilt()).isZero();
		assertThat(run.lists()).extracting(ListRunView::title, ListRunView::newItems, ListRunView::rows)
			.containsExactlyInAnyOrder(tuple(prefix + " Alpha", 0L, 0L), tuple(prefix + " Beta", 2L, 2L));
		assertThat(this.flows.rowIds(dataset)).as("no row was deleted: the first sync's rows keep their ids")
			.hasSize(9)
			.startsWith(firstRows.toArray(Long[]::new));
		assertThat(this.flows.rows(dataset)).containsExactlyInAnyOrderElementsOf(this.flows.expectedRows(lists))
			.contains(Map.of("Title", "Write the report", "Hours", "7.5", "List", prefix + " Beta"),
					Map.of("Title", "Review it", "List", prefix + " Beta"));

		assertThat(this.flows.syncNow(source).mode()).as("nothing new").isEqualTo("NOTHING");
		assertThat(this.flows.rowIds(dataset)).hasSize(9);
	}

	@Test
	void aChangedItemRebuildsTheTableAndItEndsExact() {
		String prefix = SyncFlows.prefix();
		String alpha = this.sandbox.addProjectList(this.site, prefix + " Alpha", 4);
		String beta = this.sandbox.addProjectList(this.site, prefix + " Beta", 3);
		Map<String, String> lists = Map.of(alpha, prefix + " Alpha", beta, prefix + " Beta");
		String dataset = this.flows.dataset();
		String source = this.flows.source(dataset, prefix, null);
		this.flows.syncNow(source);
		List<Long> firstRows = this.flows.rowIds(dataset);

		this.sandbox.changeItem(alpha, 2, "Renamed task", "42.25");
		SyncRunView run = this.flows.syncNow(source);

		assertThat(run.mode()).isEqualTo("REBUILD");
		assertThat(run.reason()).isEqualTo("item 2 of " + prefix + " Alpha changed");
		assertThat(run.rowsRebuilt()).isEqualTo(7);
		assertThat(this.flows.rowIds(dataset)).as("every row pushed again")
			.hasSize(7)
			.doesNotContainAnyElementsOf(firstRows);
		assertThat(this.flows.rows(dataset)).containsExactlyInAnyOrderElementsOf(this.flows.expectedRows(lists))
			.anySatisfy(
					(row) -> assertThat(row).containsEntry("Title", "Renamed task").containsEntry("Hours", "42.25"));
	}

	@Test
	void aDeletedItemRebuildsTheTableWithoutIt() {
		String prefix = SyncFlows.prefix();
		String alpha = this.sandbox.addProjectList(this.site, prefix + " Alpha", 4);
		String beta = this.sandbox.addProjectList(this.site, prefix + " Beta", 3);
		Map<String, String> lists = Map.of(alpha, prefix + " Alpha", beta, prefix + " Beta");
		String dataset = this.flows.dataset();
		String source = this.flows.source(dataset, prefix, null);
		this.flows.syncNow(source);

		this.sandbox.deleteItem(beta, 3);
		SyncRunView run = this.flows.syncNow(source);

		assertThat(run.mode()).isEqualTo("REBUILD");
		assertThat(run.reason()).isEqualTo("item 3 of " + prefix + " Beta was deleted");
		assertThat(run.rowsRebuilt()).isEqualTo(6);
		assertThat(this.flows.rows(dataset)).hasSize(6)
			.containsExactlyInAnyOrderElementsOf(this.flows.expectedRows(lists));
	}

	@Test
	void a410RestartsThatListAndTheTableEndsExact() {
		String prefix = SyncFlows.prefix();
		String alpha = this.sandbox.addProjectList(this.site, prefix + " Alpha", 9);
		String beta = this.sandbox.addProjectList(this.site, prefix + " Beta", 2);
		Map<String, String> lists = Map.of(alpha, prefix + " Alpha", beta, prefix + " Beta");
		String dataset = this.flows.dataset();
		String source = this.flows.source(dataset, prefix, null);
		this.flows.syncNow(source);

		this.sandbox.addItem(alpha, "After the resync", "3");
		this.faults.resyncNextDelta(alpha);
		SyncRunView run = this.flows.syncNow(source);

		assertThat(run.lists()).extracting(ListRunView::title, ListRunView::outcome)
			.containsExactlyInAnyOrder(tuple(prefix + " Alpha", "RESTARTED"), tuple(prefix + " Beta", "OK"));
		assertThat(run.outcome()).isEqualTo("OK");
		assertThat(this.flows.rows(dataset)).hasSize(12)
			.containsExactlyInAnyOrderElementsOf(this.flows.expectedRows(lists));
	}

	@Test
	void personAndLookupColumnsArriveAsTheTitlesTheyPointTo() {
		String prefix = SyncFlows.prefix();
		String alpha = this.sandbox.addProjectList(this.site, prefix + " Alpha", 12);
		String dataset = this.flows.dataset();
		this.flows.syncNow(this.flows.source(dataset, prefix, null));

		List<Map<String, String>> rows = this.flows.rows(dataset);
		assertThat(rows).containsExactlyInAnyOrderElementsOf(this.flows.expectedRows(Map.of(alpha, prefix + " Alpha")));
		Map<Integer, Map<String, Object>> people = this.sandbox
			.items(this.sandbox.listId(this.site, "User Information List"));
		Map<Integer, Map<String, Object>> clients = this.sandbox.items(this.sandbox.listId(this.site, "Clients"));
		assertThat(rows).extracting((row) -> row.get("Owner"))
			.filteredOn(Objects::nonNull)
			.isNotEmpty()
			.allSatisfy(
					(owner) -> assertThat(people.values()).extracting((person) -> person.get("Title")).contains(owner));
		assertThat(rows).extracting((row) -> row.get("Client"))
			.filteredOn(Objects::nonNull)
			.isNotEmpty()
			.allSatisfy((client) -> assertThat(clients.values()).extracting((found) -> found.get("Title"))
				.contains(client));
	}

	@Test
	void anEditOfNoColumnTheTableTakesChangesNothing() {
		String prefix = SyncFlows.prefix();
		String alpha = this.sandbox.addProjectList(this.site, prefix + " Alpha", 5);
		String dataset = this.flows.dataset();
		String source = this.flows.source(dataset, prefix, null);
		this.flows.syncNow(source);
		List<Long> firstRows = this.flows.rowIds(dataset);
		Map.Entry<Integer, Map<String, Object>> item = this.sandbox.items(alpha)
			.entrySet()
			.stream()
			.filter((found) -> found.getValue().get("Title") != null && found.getValue().get("Hours") != null)
			.findFirst()
			.orElseThrow();

		// Saved again as it was: Graph reports the item changed, its row is the same.
		this.sandbox.changeItem(alpha, item.getKey(), item.getValue().get("Title").toString(),
				item.getValue().get("Hours").toString());
		SyncRunView run = this.flows.syncNow(source);

		assertThat(run.mode()).isEqualTo("NOTHING");
		assertThat(this.flows.rowIds(dataset)).isEqualTo(firstRows);
	}

	@Test
	void aValueThatDoesNotFitLeavesItsItemOutUntilItIsFixed() {
		String prefix = SyncFlows.prefix();
		String alpha = this.sandbox.addProjectList(this.site, prefix + " Alpha", 0);
		this.sandbox.addItem(alpha, "Whole", "3");
		int half = this.sandbox.addItem(alpha, "Half", "2.5");
		String dataset = this.flows.dataset(DataType.INT64);
		String source = this.flows.source(dataset, prefix, null);

		SyncRunView first = this.flows.syncNow(source);

		assertThat(first.errors())
			.containsExactly("list " + prefix + " Alpha, item " + half + ", column Hours: '2.5' is not a whole number");
		assertThat(this.flows.rows(dataset))
			.containsExactly(Map.of("Title", "Whole", "Hours", "3", "List", prefix + " Alpha"));

		this.sandbox.changeItem(alpha, half, "Half", "2");
		SyncRunView fixed = this.flows.syncNow(source);

		assertThat(fixed.mode()).isEqualTo("APPEND");
		assertThat(fixed.errors()).isEmpty();
		assertThat(this.flows.rows(dataset))
			.containsExactlyInAnyOrderElementsOf(this.flows.expectedRows(Map.of(alpha, prefix + " Alpha")));
	}

	@Test
	void aSyncWaitsWhileTheLastOnesRowsAreStillBeingPushed() {
		String prefix = SyncFlows.prefix();
		String alpha = this.sandbox.addProjectList(this.site, prefix + " Alpha", 3);
		String dataset = this.flows.dataset();
		String source = this.flows.source(dataset, prefix, null);
		SharePointSources sharePoint = this.context.getBean(SharePointSources.class);
		String owner = this.flows.owner();
		// Each Post Rows takes three seconds: the upload outlives the sync that made it.
		this.powerBiFaults.latency(Duration.ofSeconds(3));
		assertThat(sharePoint.trySyncNow(owner, source)).isTrue();
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> sharePoint.view(owner, source).history().stream().anyMatch((run) -> run.took() != null));
		assertThat(sharePoint.view(owner, source).history().get(0).outcome()).as("its rows on their way")
			.isEqualTo("PUSHING");
		this.sandbox.addItem(alpha, "Added meanwhile", "1");

		assertThat(sharePoint.trySyncNow(owner, source)).as("a person is told a sync is under way").isFalse();
		// The schedule does not ask: its sync runs, and waits for the next turn.
		assertThat(this.context.getBean(SyncQueue.class).enqueue(source, SyncQueue.SCHEDULE)).isTrue();
		SyncRunView waited = this.flows.awaitRuns(source, 2).get(0);
		this.powerBiFaults.reset();

		assertThat(waited.mode()).isEqualTo("SKIPPED");
		assertThat(waited.reason()).isEqualTo("the last sync's rows are still being pushed");
		assertThat(this.flows.syncNow(source).mode()).as("the item is taken by the next one").isEqualTo("APPEND");
		assertThat(this.flows.rows(dataset))
			.containsExactlyInAnyOrderElementsOf(this.flows.expectedRows(Map.of(alpha, prefix + " Alpha")));
	}

	@Test
	void aQueuedSyncStandsForAnyOtherAndDeletingTheSourceRemovesItButKeepsTheRows() {
		String prefix = SyncFlows.prefix();
		String alpha = this.sandbox.addProjectList(this.site, prefix + " Alpha", 3);
		String dataset = this.flows.dataset();
		String source = this.flows.source(dataset, prefix,
				new SyncSchedule(SyncSchedule.Kind.DAILY, 0, LocalTime.NOON, ZoneId.of("Europe/Oslo")));
		SharePointSources sharePoint = this.context.getBean(SharePointSources.class);
		String owner = this.flows.owner();
		assertThat(sharePoint.view(owner, source).nextSync()).isAfter(Instant.now());
		this.flows.syncNow(source);
		// A sync queued for later, as the schedule's sweep queues one.
		var later = SyncQueue.TASK.instance(source).data(SyncQueue.SCHEDULE).build();
		assertThat(this.scheduler.scheduleIfNotExists(later, Instant.now().plus(Duration.ofHours(1)))).isTrue();

		assertThat(sharePoint.trySyncNow(owner, source)).isFalse();
		assertThat(sharePoint.view(owner, source).syncing()).isTrue();
		assertThatExceptionOfType(SourceNotFoundException.class).as("another person's source")
			.isThrownBy(() -> sharePoint.view("someone-else", source));

		sharePoint.delete(owner, source);

		assertThat(this.scheduler.getScheduledExecution(later)).isEmpty();
		assertThatExceptionOfType(SourceNotFoundException.class).isThrownBy(() -> sharePoint.view(owner, source));
		assertThat(this.flows.rows(dataset))
			.containsExactlyInAnyOrderElementsOf(this.flows.expectedRows(Map.of(alpha, prefix + " Alpha")));
	}

	@Test
	void aListThatLeftTheRuleRebuildsTheTableWithoutItAndWhenAllLeftTheTableIsEmptied() {
		String prefix = SyncFlows.prefix();
		String alpha = this.sandbox.addProjectList(this.site, prefix + " Alpha", 3);
		String beta = this.sandbox.addProjectList(this.site, prefix + " Beta", 2);
		String dataset = this.flows.dataset();
		String source = this.flows.source(dataset, prefix, null);
		this.flows.syncNow(source);

		this.sandbox.renameList(beta, "Archived " + prefix + " Beta");
		SyncRunView run = this.flows.syncNow(source);

		assertThat(run.mode()).isEqualTo("REBUILD");
		assertThat(run.reason()).isEqualTo("list " + prefix + " Beta left the rule");
		assertThat(this.flows.rows(dataset))
			.containsExactlyInAnyOrderElementsOf(this.flows.expectedRows(Map.of(alpha, prefix + " Alpha")));

		this.sandbox.renameList(alpha, "Archived " + prefix + " Alpha");
		SyncRunView none = this.flows.syncNow(source);

		assertThat(none.mode()).isEqualTo("REBUILD");
		assertThat(none.rowsRebuilt()).isZero();
		assertThat(this.flows.rows(dataset)).isEmpty();
		assertThat(this.flows.syncNow(source).mode()).isEqualTo("NOTHING");
	}

	@Test
	void aListGraphFailsForDoesNotStopTheOthersAndIsTakenWhenGraphAnswersAgain() {
		String prefix = SyncFlows.prefix();
		String alpha = this.sandbox.addProjectList(this.site, prefix + " Alpha", 3);
		String beta = this.sandbox.addProjectList(this.site, prefix + " Beta", 2);
		Map<String, String> lists = Map.of(alpha, prefix + " Alpha", beta, prefix + " Beta");
		String dataset = this.flows.dataset();
		String source = this.flows.source(dataset, prefix, null);
		this.faults.retryAfter(Duration.ofSeconds(1));
		this.faults.unavailableList(beta);

		SyncRunView run = this.flows.syncNow(source);

		assertThat(run.outcome()).isEqualTo("PARTIAL");
		assertThat(run.lists()).extracting(ListRunView::title, ListRunView::outcome)
			.containsExactlyInAnyOrder(tuple(prefix + " Alpha", "OK"), tuple(prefix + " Beta", "FAILED"));
		assertThat(run.errors()).singleElement().asString().startsWith("list " + prefix + " Beta: ");
		assertThat(this.flows.rows(dataset))
			.containsExactlyInAnyOrderElementsOf(this.flows.expectedRows(Map.of(alpha, prefix + " Alpha")));

		this.faults.reset();
		SyncRunView again = this.flows.syncNow(source);

		assertThat(again.outcome()).isEqualTo("OK");
		assertThat(again.mode()).isEqualTo("APPEND");
		assertThat(this.flows.rows(dataset)).containsExactlyInAnyOrderElementsOf(this.flows.expectedRows(lists));
	}

	@Test
	void aPushCancelledBeforeItEndedIsRebuiltOverAndTheTableEndsExact() {
		String prefix = SyncFlows.prefix();
		String alpha = this.sandbox.addProjectList(this.site, prefix + " Alpha", 3);
		String dataset = this.flows.dataset();
		String source = this.flows.source(dataset, prefix, null);
		SharePointSources sharePoint = this.context.getBean(SharePointSources.class);
		String owner = this.flows.owner();
		// Each Post Rows takes three seconds: there is time to cancel the upload.
		this.powerBiFaults.latency(Duration.ofSeconds(3));
		assertThat(sharePoint.trySyncNow(owner, source)).isTrue();
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> sharePoint.view(owner, source).history().stream().anyMatch((run) -> run.took() != null));
		String jobId = sharePoint.view(owner, source).history().get(0).uploadJobId();
		// As a person may on the uploads page.
		this.uploads.cancel(owner, jobId);
		await().atMost(Duration.ofSeconds(60)).until(() -> this.uploads.outcome(owner, jobId) == JobOutcome.STOPPED);
		this.powerBiFaults.reset();

		SyncRunView run = this.flows.syncNow(source);

		assertThat(run.mode()).isEqualTo("REBUILD");
		assertThat(run.reason()).isEqualTo("the last push did not finish");
		assertThat(this.flows.rows(dataset))
			.containsExactlyInAnyOrderElementsOf(this.flows.expectedRows(Map.of(alpha, prefix + " Alpha")));
	}

	/**
	 * As if the process died after a sync made its upload job and before it recorded what
	 * it learned: the job is a draft that never runs, and the next sync rebuilds exactly.
	 */
	@Test
	void aSyncThatDiedAfterMakingItsJobIsFollowedByARebuildThatEndsExact() throws Exception {
		String prefix = SyncFlows.prefix();
		String alpha = this.sandbox.addProjectList(this.site, prefix + " Alpha", 3);
		String dataset = this.flows.dataset();
		String source = this.flows.source(dataset, prefix, null);
		String owner = this.flows.owner();
		this.flows.syncNow(source);
		this.sandbox.addItem(alpha, "Pushed by the sync that died", "4");

		this.records.markPushing(source, true);
		String orphan;
		Path file = Files.createTempFile("died-sync-", ".csv");
		try {
			RowsFile.write(file, List.of("Title", "Hours", "Owner", "Client", "List"),
					List.of(Arrays.asList("Pushed by the sync that died", "4", null, null, prefix + " Alpha")),
					1_000_000);
			orphan = this.uploads.createFromFile(owner, "me", dataset, SyncFlows.TABLE, file, "orphan.csv",
					RowsFile.OPTIONS);
		}
		finally {
			Files.deleteIfExists(file);
		}
		SyncRunView run = this.flows.syncNow(source);

		assertThat(run.mode()).isEqualTo("REBUILD");
		assertThat(run.reason()).isEqualTo("the table may differ from what the last sync recorded");
		assertThat(this.flows.rows(dataset)).hasSize(4)
			.containsExactlyInAnyOrderElementsOf(this.flows.expectedRows(Map.of(alpha, prefix + " Alpha")));
		assertThat(this.uploads.isDraft(owner, orphan)).as("the unrecorded job never ran").isTrue();
	}

	/**
	 * As if the process died after a sync recorded its job and before it submitted it:
	 * the next sync finds the recorded job stopped, cancels it and rebuilds exactly.
	 */
	@Test
	void aSyncThatDiedBeforeSubmittingItsRecordedJobIsFollowedByARebuildThatEndsExact() {
		String prefix = SyncFlows.prefix();
		String alpha = this.sandbox.addProjectList(this.site, prefix + " Alpha", 3);
		String dataset = this.flows.dataset();
		String source = this.flows.source(dataset, prefix, null);
		String owner = this.flows.owner();
		this.flows.syncNow(source);
		this.sandbox.addItem(alpha, "Recorded but never submitted", "4");
		String recorded = this.flows.syncNow(source).uploadJobId();
		// The same sync's job, set back to the draft it was before the submit.
		this.jdbc.update("update upload_job set state = 'DRAFT' where id = ?", recorded);
		this.sandbox.addItem(alpha, "Added after", "5");

		SyncRunView run = this.flows.syncNow(source);

		assertThat(run.mode()).isEqualTo("REBUILD");
		assertThat(run.reason()).isEqualTo("the last push did not finish");
		assertThat(this.uploads.outcome(owner, recorded)).isEqualTo(com.pushstudio.upload.JobOutcome.STOPPED);
		assertThat(this.uploads.isDraft(owner, recorded)).as("cancelled, so it can never run").isFalse();
		assertThat(this.flows.rows(dataset)).hasSize(5)
			.containsExactlyInAnyOrderElementsOf(this.flows.expectedRows(Map.of(alpha, prefix + " Alpha")));
	}

	@Test
	void noSourceNoRun() {
		assertThat(this.sync.run("no-such-source", "NOW")).isNull();
	}

}
