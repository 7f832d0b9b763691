package com.pushstudio.consolidation;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The V14 tables on H2 through their repositories. */
@DataJpaTest
class SourceRecordsTests {

	private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

	@Autowired
	private Sources sources;

	@Autowired
	private SourceLists lists;

	@Autowired
	private KnownItems items;

	@Autowired
	private SyncRuns runs;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private jakarta.persistence.EntityManager entities;

	@Test
	void aTableHasOneSourcePerOwner() {
		this.sources.save(source("alice", "Work"));
		assertThatThrownBy(() -> {
			this.sources.save(source("alice", "Work"));
			this.entities.flush();
		}).hasMessageContaining("UK_SHAREPOINT_SOURCE_TABLE");
	}

	@Test
	void anotherUsersSourceIsNotFoundByTheirId() {
		SharePointSource source = this.sources.save(source("alice", "Work"));
		assertThat(this.sources.findByIdAndOwner(source.id(), "alice")).isPresent();
		assertThat(this.sources.findByIdAndOwner(source.id(), "bob")).isEmpty();
		assertThat(this.sources.findByOwnerAndDatasetIdAndTableNameIgnoreCase("alice", "dataset-1", "WORK"))
			.isPresent();
	}

	@Test
	void aScheduleAndItsNextRunAreKeptAndDueSourcesFound() {
		SharePointSource source = source("alice", "Work");
		source.schedule(new SyncSchedule(SyncSchedule.Kind.DAILY, 0, java.time.LocalTime.of(6, 30),
				java.time.ZoneId.of("Europe/Berlin")), T0);
		this.sources.save(source);
		this.sources.save(source("alice", "Other"));
		assertThat(this.sources.findTop100ByNextSyncAtLessThanEqualOrderByNextSyncAt(T0))
			.extracting(SharePointSource::id)
			.containsExactly(source.id());
		assertThat(this.sources.findTop100ByNextSyncAtLessThanEqualOrderByNextSyncAt(T0.minusSeconds(1))).isEmpty();
		SyncSchedule kept = this.sources.findById(source.id()).orElseThrow().schedule();
		assertThat(kept.at()).isEqualTo(java.time.LocalTime.of(6, 30));
		assertThat(kept.zone()).isEqualTo(java.time.ZoneId.of("Europe/Berlin"));
	}

	@Test
	void deletingOnlyARunsOlderThanAMomentKeepsTheNewer() {
		SharePointSource source = this.sources.save(source("alice", "Work"));
		for (int i = 0; i < 5; i++) {
			this.runs.save(new SyncRun(UUID.randomUUID().toString(), source.id(), T0.plusSeconds(i), "NOW"));
		}
		this.runs.deleteOlderThan(source.id(), T0.plusSeconds(3));
		assertThat(this.runs.findBySourceIdOrderByStartedAtDesc(source.id(), Limit.of(10)))
			.extracting(SyncRun::startedAt)
			.containsExactly(T0.plusSeconds(4), T0.plusSeconds(3));
	}

	@Test
	void aSourcesListsItemsAndRunsGoWithIt() {
		SharePointSource source = this.sources.save(source("alice", "Work"));
		SourceList list = new SourceList(source.id(), "list-1", "Project Alpha", null);
		list.update("Project Alpha", null, SourceList.State.SYNCED, null, "https://graph.example/delta?token=x", 1);
		this.lists.save(list);
		this.items.save(new KnownItem(source.id(), "list-1", "7", "abc"));
		this.runs.save(new SyncRun(UUID.randomUUID().toString(), source.id(), T0, "NOW"));
		this.items.deleteBySource(source.id());
		this.lists.deleteBySource(source.id());
		this.runs.deleteBySource(source.id());
		this.sources.delete(source);
		this.entities.flush();
		assertThat(this.jdbc.queryForObject("select count(*) from sharepoint_source_item", Long.class)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from sharepoint_source_list", Long.class)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from sharepoint_sync_run", Long.class)).isZero();
		assertThat(this.sources.findById(source.id())).isEmpty();
	}

	@Test
	void aListNeverShowsItsDeltaLink() {
		SourceList list = new SourceList("s", "list-1", "Project Alpha", null);
		list.update("Project Alpha", null, SourceList.State.SYNCED, null, "https://graph.example/delta?token=secret",
				1);
		assertThat(list.toString()).doesNotContain("secret");
	}

	private static SharePointSource source(String owner, String table) {
		return new SharePointSource(UUID.randomUUID().toString(), owner, null, "dataset-1", table, "site", "Projects",
				null, "{}", "UTC", null, null, T0);
	}

}
