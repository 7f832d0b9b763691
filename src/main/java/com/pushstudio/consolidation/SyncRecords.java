package com.pushstudio.consolidation;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.pushstudio.consolidation.ItemDelta.ItemRow;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database steps of a sync, each its own small transaction; no Graph call happens
 * inside one.
 */
@Component
class SyncRecords {

	/** A source as a sync starts from: its row, lists and known items. */
	record Start(String runId, Instant started, SharePointSource source, ListRule rule, List<SourceList> lists,
			Map<String, Map<String, String>> known) {

		Map<String, String> knownOf(String listId) {
			return this.known.getOrDefault(listId, Map.of());
		}

	}

	private final Sources sources;

	private final SourceLists lists;

	private final KnownItems items;

	private final SyncRuns runs;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	private final Clock clock;

	private final SyncProperties properties;

	SyncRecords(Sources sources, SourceLists lists, KnownItems items, SyncRuns runs, TransactionTemplate transactions,
			JsonMapper json, ConsolidationConfiguration.SyncClock clock, SyncProperties properties) {
		this.sources = sources;
		this.lists = lists;
		this.items = items;
		this.runs = runs;
		this.transactions = transactions;
		this.json = json;
		this.clock = clock.clock();
		this.properties = properties;
	}

	Instant now() {
		return this.clock.instant();
	}

	/**
	 * Records the run as started and sets the next scheduled one now, so that a sync that
	 * dies is not started again and again by the sweep.
	 * @return null when the source is gone
	 */
	Start begin(String sourceId, String trigger) {
		return this.transactions.execute((status) -> {
			SharePointSource source = this.sources.findById(sourceId).orElse(null);
			if (source == null) {
				return null;
			}
			Instant now = now();
			SyncRun run = this.runs.save(new SyncRun(UUID.randomUUID().toString(), sourceId, now, trigger));
			source.nextSyncAt(NextSync.after(source.schedule(), now));
			this.sources.save(source);
			Map<String, Map<String, String>> known = new HashMap<>();
			for (KnownItem item : this.items.findBySourceId(sourceId)) {
				known.computeIfAbsent(item.listId(), (id) -> new HashMap<>()).put(item.itemId(), item.rowHash());
			}
			return new Start(run.id(), now, source, this.json.readValue(source.ruleJson(), ListRule.class),
					this.lists.findBySourceIdOrderByTitle(sourceId), known);
		});
	}

	/** Ends a run that changed nothing: skipped, or failed before any list was read. */
	void end(Start start, String mode, String reason, String outcome, List<String> errors) {
		this.transactions.executeWithoutResult((status) -> this.runs.findById(start.runId()).ifPresent((run) -> {
			run.finish(now(), mode, reason, 0, 0, outcome, null, "[]", this.json.writeValueAsString(errors));
			this.runs.save(run);
		}));
	}

	/**
	 * Before rows go out: until the sync records what it pushed, the table may differ
	 * from the record, and a sync that finds this mark rebuilds.
	 */
	void markPushing(String sourceId, boolean pushing) {
		this.transactions.executeWithoutResult((status) -> this.sources.findById(sourceId).ifPresent((source) -> {
			source.synced(null, pushing);
			this.sources.save(source);
		}));
	}

	/**
	 * Everything a sync learned, at once: links, known items, list states and the run.
	 */
	void record(Start start, List<ListWork> work, String mode, String reason, long appended, long rebuilt,
			String outcome, String jobId, List<String> errors) {
		this.transactions.executeWithoutResult((status) -> {
			SharePointSource source = this.sources.findById(start.source().id()).orElse(null);
			if (source == null) {
				return;
			}
			String sourceId = source.id();
			boolean rebuild = "REBUILD".equals(mode);
			if (rebuild) {
				this.items.deleteBySource(sourceId);
			}
			Map<String, SourceList> existing = new HashMap<>();
			this.lists.findBySourceIdOrderByTitle(sourceId).forEach((list) -> existing.put(list.listId(), list));
			for (ListWork list : work) {
				SourceList row = existing.computeIfAbsent(list.listId,
						(id) -> new SourceList(sourceId, id, list.title, list.webUrl));
				if ("LEFT".equals(list.outcome)) {
					this.items.deleteByList(sourceId, list.listId);
					this.lists.delete(row);
					continue;
				}
				String link = row.deltaLink();
				if (list.read()) {
					link = list.feed.deltaLink();
					if (!rebuild) {
						save(sourceId, list.listId, list.delta.added().values());
					}
					else {
						save(sourceId, list.listId, list.current().values());
					}
				}
				else if (rebuild) {
					// Its rows were deleted with the table's: read it as new next time.
					link = null;
				}
				long known = rebuild ? (list.read() ? list.current().size() : 0)
						: start.knownOf(list.listId).size() + (list.read() ? list.delta.added().size() : 0);
				row.update(list.title, list.webUrl, list.state, list.reason, link, known);
				this.lists.save(row);
			}
			SyncRun run = this.runs.findById(start.runId()).orElseThrow();
			run.finish(now(), mode, reason, appended, rebuilt, outcome, jobId,
					this.json.writeValueAsString(work.stream().map(ListWork::view).toList()),
					this.json.writeValueAsString(errors));
			this.runs.save(run);
			source.synced(jobId, false);
			this.sources.save(source);
			trim(sourceId);
		});
	}

	private void save(String sourceId, String listId, java.util.Collection<ItemRow> rows) {
		for (ItemRow row : rows) {
			this.items.save(new KnownItem(sourceId, listId, row.itemId(), row.hash()));
		}
	}

	private void trim(String sourceId) {
		List<SyncRun> newest = this.runs.findBySourceIdOrderByStartedAtDesc(sourceId,
				Limit.of(this.properties.runsKept()));
		if (newest.size() == this.properties.runsKept()) {
			this.runs.deleteOlderThan(sourceId, newest.get(newest.size() - 1).startedAt());
		}
	}

}
