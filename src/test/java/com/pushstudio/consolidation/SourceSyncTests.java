package com.pushstudio.consolidation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.pushstudio.consolidation.ListRule.Kind;
import com.pushstudio.dataset.RecordedDataset;
import com.pushstudio.dataset.RecordedTable;
import com.pushstudio.graph.ColumnKind;
import com.pushstudio.graph.ListColumn;
import com.pushstudio.powerbi.Column;
import com.pushstudio.powerbi.DataType;
import com.pushstudio.upload.JobOutcome;
import com.pushstudio.upload.UploadJobs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Limit;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * A sync driven directly over a Graph held in memory and the real database; the upload
 * engine is stood in for by a mock that keeps each rows file as it was handed over.
 */
@DataJpaTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({ SourceSync.class, SyncRecords.class, SourceSyncTests.Config.class })
class SourceSyncTests {

	private static final String OWNER = "alice@contoso.example";

	private static final List<ListColumn> PROJECT_COLUMNS = List.of(
			new ListColumn("Title", "Task", ColumnKind.TEXT, false, false, null, null, false, false),
			new ListColumn("Hours0", "Hours", ColumnKind.NUMBER, false, false, null, null, false, false),
			new ListColumn("Notes", "Notes", ColumnKind.TEXT, false, false, null, null, false, false));

	@Autowired
	private SourceSync sync;

	@Autowired
	private Sources sources;

	@Autowired
	private SyncRuns runs;

	@Autowired
	private SourceLists lists;

	@Autowired
	private FakeGraph graph;

	@Autowired
	private JsonMapper json;

	@MockitoBean
	private UploadJobs uploads;

	@MockitoBean
	private com.pushstudio.dataset.DatasetDesigner designer;

	private final List<List<String>> files = new ArrayList<>();

	private final List<Boolean> replaced = new ArrayList<>();

	private String sourceId;

	@BeforeEach
	void projects() throws IOException {
		this.graph.lists.clear();
		this.graph.failingLists.clear();
		this.graph.expiredBefore = 0;
		this.graph.addList("alpha", "Project Alpha", PROJECT_COLUMNS);
		this.graph.addList("beta", "Project Beta", PROJECT_COLUMNS);
		this.graph.addList("odd", "Project Odd",
				List.of(new ListColumn("Title", "Task", ColumnKind.TEXT, false, false, null, null, false, false)));
		this.graph.addList("other", "Holidays", PROJECT_COLUMNS);
		for (int i = 1; i <= 3; i++) {
			this.graph.put("alpha", "" + i, Map.of("Title", "alpha " + i, "Hours0", i, "Notes", "n"));
		}
		this.graph.put("beta", "1", Map.of("Title", "beta 1", "Hours0", 10));
		this.graph.put("other", "1", Map.of("Title", "not taken", "Hours0", 1));
		when(this.uploads.outcome(anyString(), anyString())).thenReturn(JobOutcome.DONE);
		when(this.uploads.createFromFile(eq(OWNER), eq("me"), anyString(), eq("Work"), any(Path.class), anyString(),
				any()))
			.thenAnswer((call) -> {
				this.files.add(Files.readAllLines(call.getArgument(4, Path.class)));
				return "job-" + this.files.size();
			});
		org.mockito.Mockito.doAnswer((call) -> this.replaced.add(call.getArgument(2, Boolean.class)))
			.when(this.uploads)
			.submit(eq(OWNER), anyString(), anyBoolean());
		this.sourceId = UUID.randomUUID().toString();
		SharePointSource source = new SharePointSource(this.sourceId, OWNER, null, this.sourceId, "Work",
				FakeGraph.SITE, "Projects", null,
				this.json.writeValueAsString(new ListRule(Kind.NAME_PATTERN, null, "project *", null)), "UTC", "List",
				null, java.time.Instant.parse("2026-01-01T00:00:00Z"));
		this.sources.save(source);
	}

	@Test
	void theFirstSyncAppendsEveryItemOfTheFittingListsAndShowsTheOddOne() {
		SyncRun run = sync();
		assertThat(run.mode()).isEqualTo("APPEND");
		assertThat(run.rowsAppended()).isEqualTo(4);
		assertThat(this.files.get(0)).containsExactly("Task,Hours,List", "alpha 1,1,Project Alpha",
				"alpha 2,2,Project Alpha", "alpha 3,3,Project Alpha", "beta 1,10,Project Beta");
		assertThat(this.replaced).containsExactly(false);
		assertThat(this.lists.findBySourceIdOrderByTitle(this.sourceId))
			.extracting(SourceList::title, SourceList::state, SourceList::items)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Project Alpha", SourceList.State.SYNCED, 3L),
					org.assertj.core.groups.Tuple.tuple("Project Beta", SourceList.State.SYNCED, 1L),
					org.assertj.core.groups.Tuple.tuple("Project Odd", SourceList.State.UNFIT, 0L));
		assertThat(this.lists.findBySourceIdOrderByTitle(this.sourceId).get(2).reason())
			.isEqualTo("no column for Hours");
	}

	@Test
	void onlyNewItemsAreAppended() {
		sync();
		this.graph.put("beta", "2", Map.of("Title", "beta 2", "Hours0", 20));
		SyncRun run = sync();
		assertThat(run.mode()).isEqualTo("APPEND");
		assertThat(this.files.get(1)).containsExactly("Task,Hours,List", "beta 2,20,Project Beta");
		assertThat(this.replaced).containsExactly(false, false);
	}

	@Test
	void anEditOfAColumnTheTableDoesNotTakeIsNoChange() {
		sync();
		this.graph.put("alpha", "2", Map.of("Title", "alpha 2", "Hours0", 2, "Notes", "edited"));
		SyncRun run = sync();
		assertThat(run.mode()).isEqualTo("NOTHING");
		assertThat(this.files).hasSize(1);
	}

	@Test
	void aChangedItemRebuildsTheTableWithEveryCurrentItem() {
		sync();
		this.graph.put("alpha", "2", Map.of("Title", "alpha 2", "Hours0", 22));
		SyncRun run = sync();
		assertThat(run.mode()).isEqualTo("REBUILD");
		assertThat(run.reason()).isEqualTo("item 2 of Project Alpha changed");
		assertThat(this.files.get(1)).containsExactly("Task,Hours,List", "alpha 1,1,Project Alpha",
				"alpha 2,22,Project Alpha", "alpha 3,3,Project Alpha", "beta 1,10,Project Beta");
		assertThat(this.replaced).containsExactly(false, true);
		assertThat(sync().mode()).isEqualTo("NOTHING");
	}

	@Test
	void aDeletedItemRebuildsTheTableWithoutIt() {
		sync();
		this.graph.delete("beta", "1");
		SyncRun run = sync();
		assertThat(run.mode()).isEqualTo("REBUILD");
		assertThat(run.reason()).isEqualTo("item 1 of Project Beta was deleted");
		assertThat(this.files.get(1)).containsExactly("Task,Hours,List", "alpha 1,1,Project Alpha",
				"alpha 2,2,Project Alpha", "alpha 3,3,Project Alpha");
	}

	@Test
	void aListCreatedBetweenTwoSyncsThatMatchesTheRuleIsPickedUp() {
		sync();
		this.graph.addList("gamma", "Project Gamma", PROJECT_COLUMNS);
		this.graph.put("gamma", "1", Map.of("Title", "gamma 1", "Hours0", 5));
		SyncRun run = sync();
		assertThat(run.mode()).isEqualTo("APPEND");
		assertThat(this.files.get(1)).containsExactly("Task,Hours,List", "gamma 1,5,Project Gamma");
	}

	@Test
	void aListThatLeftTheRuleRebuildsTheTableWithoutItsItems() {
		sync();
		this.graph.lists.remove("beta");
		SyncRun run = sync();
		assertThat(run.mode()).isEqualTo("REBUILD");
		assertThat(run.reason()).isEqualTo("list Project Beta left the rule");
		assertThat(this.files.get(1)).hasSize(4).noneMatch((line) -> line.contains("beta"));
	}

	@Test
	void whenEveryListLeftTheTablesRowsAreDeletedWithoutAFile() {
		sync();
		this.graph.lists.remove("alpha");
		this.graph.lists.remove("beta");
		SyncRun run = sync();
		assertThat(run.mode()).isEqualTo("REBUILD");
		assertThat(run.rowsRebuilt()).isZero();
		verify(this.designer).clearRows(OWNER, this.sourceId, "Work");
		assertThat(this.files).hasSize(1);
		assertThat(sync().mode()).isEqualTo("NOTHING");
	}

	@Test
	void a410RestartsThatListAndTheTableEndsExact() {
		sync();
		this.graph.put("alpha", "4", Map.of("Title", "alpha 4", "Hours0", 4));
		this.graph.expiredBefore = Integer.MAX_VALUE;
		SyncRun run = sync();
		assertThat(run.mode()).isEqualTo("APPEND");
		assertThat(run.listsJson()).contains("\"RESTARTED\"");
		assertThat(this.files.get(1)).containsExactly("Task,Hours,List", "alpha 4,4,Project Alpha");
	}

	@Test
	void aFailingListDoesNotStopTheOthers() {
		this.graph.failingLists.add("beta");
		SyncRun run = sync();
		assertThat(run.outcome()).isEqualTo("PARTIAL");
		assertThat(this.files.get(0)).hasSize(4).noneMatch((line) -> line.contains("beta"));
		assertThat(run.errorsJson()).contains("list Project Beta: Graph answered 503");
		this.graph.failingLists.clear();
		assertThat(sync().mode()).isEqualTo("APPEND");
		assertThat(this.files.get(1)).containsExactly("Task,Hours,List", "beta 1,10,Project Beta");
	}

	@Test
	void aValueThatDoesNotFitLeavesItsItemOutUntilItIsFixed() {
		this.graph.put("beta", "2", Map.of("Title", "beta 2", "Hours0", 2.5));
		SyncRun run = sync();
		assertThat(run.errorsJson()).contains("list Project Beta, item 2, column Hours: '2.5' is not a whole number");
		assertThat(this.files.get(0)).noneMatch((line) -> line.contains("beta 2"));
		this.graph.put("beta", "2", Map.of("Title", "beta 2", "Hours0", 2));
		assertThat(sync().mode()).isEqualTo("APPEND");
		assertThat(this.files.get(1)).containsExactly("Task,Hours,List", "beta 2,2,Project Beta");
	}

	@Test
	void aSyncWaitsWhileTheLastOnesRowsAreBeingPushed() {
		sync();
		when(this.uploads.outcome(OWNER, "job-1")).thenReturn(JobOutcome.RUNNING);
		this.graph.put("beta", "2", Map.of("Title", "beta 2", "Hours0", 20));
		SyncRun run = sync();
		assertThat(run.mode()).isEqualTo("SKIPPED");
		assertThat(this.files).hasSize(1);
	}

	@Test
	void aLastPushThatDidNotFinishIsCancelledAndRebuiltOver() {
		sync();
		when(this.uploads.outcome(OWNER, "job-1")).thenReturn(JobOutcome.STOPPED);
		SyncRun run = sync();
		assertThat(run.mode()).isEqualTo("REBUILD");
		assertThat(run.reason()).isEqualTo("the last push did not finish");
		verify(this.uploads).cancel(OWNER, "job-1");
		assertThat(this.files.get(1)).hasSize(5);
	}

	@Test
	void aSyncThatDiedAfterMakingItsJobIsFollowedByARebuild() {
		sync();
		// As if the process died between the job and its record: the mark stays.
		SharePointSource source = this.sources.findById(this.sourceId).orElseThrow();
		source.synced(null, true);
		this.sources.save(source);
		SyncRun run = sync();
		assertThat(run.mode()).isEqualTo("REBUILD");
		assertThat(this.replaced).containsExactly(false, true);
	}

	@Test
	void noSourceNoRun() {
		assertThat(this.sync.run("no-such-source", "NOW")).isNull();
		verify(this.uploads, never()).createFromFile(any(), any(), any(), any(), any(), any(), any());
	}

	private SyncRun sync() {
		String runId = this.sync.run(this.sourceId, "NOW");
		assertThat(this.runs.findBySourceIdOrderByStartedAtDesc(this.sourceId, Limit.of(1))).isNotEmpty();
		return this.runs.findById(runId).orElseThrow();
	}

	@TestConfiguration
	static class Config {

		@Bean
		FakeGraph fakeGraph() {
			return new FakeGraph();
		}

		@Bean
		JsonMapper jsonMapper() {
			return JsonMapper.builder().build();
		}

		@Bean
		ConsolidationConfiguration.SyncClock syncClock() {
			return new ConsolidationConfiguration.SyncClock(Clock.system(ZoneOffset.UTC));
		}

		@Bean
		SyncProperties syncProperties() {
			return new SyncProperties(1000, 200_000, 5000, 50, 100, DataSize.ofMegabytes(10));
		}

		@Bean
		SourceTables sourceTables() {
			RecordedTable work = new RecordedTable("Work", List.of(Column.of("Task", DataType.STRING),
					Column.of("Hours", DataType.INT64), Column.of("List", DataType.STRING)), List.of(), false);
			return new SourceTables(null) {

				@Override
				Optional<RecordedDataset> dataset(String owner, String groupId, String datasetId) {
					return Optional
						.of(new RecordedDataset(datasetId, null, "Projects", null, null, List.of(work), List.of()));
				}

			};
		}

	}

}
