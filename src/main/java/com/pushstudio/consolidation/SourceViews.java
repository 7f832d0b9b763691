package com.pushstudio.consolidation;

import java.time.Duration;
import java.util.List;

import com.pushstudio.dataset.RecordedDataset;
import com.pushstudio.powerbi.Workspace;
import com.pushstudio.upload.JobOutcome;
import com.pushstudio.upload.UploadJobs;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/** A source as its page shows it, and its removal with everything it keeps. */
@Component
class SourceViews {

	private static final TypeReference<List<SyncRunView.ListRunView>> LISTS = new TypeReference<>() {
	};

	private static final TypeReference<List<String>> ERRORS = new TypeReference<>() {
	};

	private final SourceLists lists;

	private final KnownItems items;

	private final SyncRuns runs;

	private final Sources sources;

	private final SourceTables tables;

	private final SyncQueue queue;

	private final UploadJobs uploads;

	private final JsonMapper json;

	private final SyncProperties properties;

	SourceViews(SourceLists lists, KnownItems items, SyncRuns runs, Sources sources, SourceTables tables,
			SyncQueue queue, UploadJobs uploads, JsonMapper json, SyncProperties properties) {
		this.lists = lists;
		this.items = items;
		this.runs = runs;
		this.sources = sources;
		this.tables = tables;
		this.queue = queue;
		this.uploads = uploads;
		this.json = json;
		this.properties = properties;
	}

	/**
	 * The runs are read before the source's row: a sync records its run and its upload
	 * job in one transaction, so a finished run read first is never shown beside the job
	 * before it.
	 */
	SourceView view(SharePointSource asFound) {
		List<SyncRun> runs = this.runs.findBySourceIdOrderByStartedAtDesc(asFound.id(),
				Limit.of(this.properties.runsKept()));
		SharePointSource source = this.sources.findById(asFound.id()).orElse(asFound);
		String datasetName = this.tables.dataset(source.owner(), source.groupId(), source.datasetId())
			.map(RecordedDataset::name)
			.orElse(source.datasetId());
		boolean pushing = pushing(source);
		boolean running = !runs.isEmpty() && runs.get(0).finishedAt() == null;
		List<SourceView.SourceListView> lists = this.lists.findBySourceIdOrderByTitle(source.id())
			.stream()
			.map((list) -> new SourceView.SourceListView(list.listId(), list.title(), list.webUrl(),
					list.state().name(), list.reason(), list.items()))
			.toList();
		List<SyncRunView> history = runs.stream()
			.map((run) -> run(run,
					pushing && run.uploadJobId() != null && run.uploadJobId().equals(source.uploadJobId())))
			.toList();
		return new SourceView(source.id(), new Workspace(source.groupId()).idOrMe(), source.datasetId(), datasetName,
				source.tableName(), source.siteId(), source.siteTitle(), source.siteUrl(),
				this.json.readValue(source.ruleJson(), ListRule.class), source.listNameColumn(), source.listUrlColumn(),
				source.schedule(), source.nextSyncAt(), pushing || running || this.queue.queued(source.id()),
				source.uploadJobId(), lists, history);
	}

	/** Whether the rows of the source's last sync are still being pushed. */
	boolean pushing(SharePointSource source) {
		return source.uploadJobId() != null
				&& this.uploads.outcome(source.owner(), source.uploadJobId()) == JobOutcome.RUNNING;
	}

	private SyncRunView run(SyncRun run, boolean pushing) {
		Duration took = (run.finishedAt() != null) ? Duration.between(run.startedAt(), run.finishedAt()) : null;
		String outcome = (pushing && "OK".equals(run.outcome())) ? "PUSHING" : run.outcome();
		return new SyncRunView(run.id(), run.startedAt(), took, run.trigger(), run.mode(), run.reason(),
				run.rowsAppended(), run.rowsRebuilt(), outcome, run.uploadJobId(),
				this.json.readValue(run.listsJson(), LISTS), this.json.readValue(run.errorsJson(), ERRORS));
	}

	/** Within the caller's transaction: the source and all it keeps. */
	void deleteAll(String sourceId) {
		this.items.deleteBySource(sourceId);
		this.lists.deleteBySource(sourceId);
		this.runs.deleteBySource(sourceId);
		this.sources.findById(sourceId).ifPresent(this.sources::delete);
	}

}
