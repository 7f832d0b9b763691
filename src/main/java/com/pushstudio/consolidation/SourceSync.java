package com.pushstudio.consolidation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.pushstudio.consolidation.SyncRecords.Start;
import com.pushstudio.dataset.DatasetDesigner;
import com.pushstudio.dataset.RecordedTable;
import com.pushstudio.graph.GraphClient;
import com.pushstudio.graph.GraphException;
import com.pushstudio.graph.GraphResyncRequiredException;
import com.pushstudio.powerbi.Workspace;
import com.pushstudio.upload.JobOutcome;
import com.pushstudio.upload.UploadJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * One sync of one source: read each list's changes, then append the new items, rebuild
 * the table, or do nothing. Rows go out as an upload job, which the job engine pushes
 * paced and exactly once.
 * <p>
 * Why the table ends exact even when the process dies: the upload job is made as a draft,
 * which no worker runs; what the sync learned (delta links, known items and their row
 * hashes) is saved with the job's id in one transaction; only then is the job submitted.
 * So a job whose rows can land is always recorded. If the process dies before the record,
 * the draft never runs (the upload clean-up cancels it later), the links stay where they
 * were, and the source's "needs rebuild" mark, set before the job was made, makes the
 * next sync read the lists in full and rebuild. If it dies between the record and the
 * submit, the recorded job is a draft: the next sync finds it stopped, cancels it and
 * rebuilds. A recorded job still running makes the next sync wait (a SKIPPED run), so two
 * syncs' rows never interleave, and one that stopped short is cancelled before the
 * rebuild, so it cannot resume later with old rows. A rebuild to no rows deletes the
 * table's rows directly (the upload engine takes no empty file); no unrecorded job can
 * land after it.
 */
@Service
class SourceSync {

	private static final Logger log = LoggerFactory.getLogger(SourceSync.class);

	private final SyncRecords records;

	private final GraphClient graph;

	private final UploadJobs uploads;

	private final SourceTables tables;

	private final SyncProperties properties;

	private final DatasetDesigner designer;

	SourceSync(SyncRecords records, GraphClient graph, UploadJobs uploads, SourceTables tables,
			SyncProperties properties, DatasetDesigner designer) {
		this.designer = designer;
		this.records = records;
		this.graph = graph;
		this.uploads = uploads;
		this.tables = tables;
		this.properties = properties;
	}

	/**
	 * Syncs the source now.
	 * @param trigger {@code NOW} or {@code SCHEDULE}
	 * @return the run's id, or null when there is no such source
	 */
	String run(String sourceId, String trigger) {
		Start start = this.records.begin(sourceId, trigger);
		if (start == null) {
			return null;
		}
		try {
			sync(start);
		}
		catch (GraphException ex) {
			this.records.end(start, null, "Graph failed: " + ex.getMessage(), "FAILED", List.of(ex.getMessage()));
		}
		catch (RuntimeException ex) {
			String reference = UUID.randomUUID().toString().substring(0, 8);
			log.warn("Sync {} of source {} failed (reference {})", start.runId(), sourceId, reference, ex);
			this.records.end(start, null, "The sync failed (reference " + reference + ").", "FAILED",
					List.of("The sync failed (reference " + reference + ")."));
		}
		return start.runId();
	}

	private void sync(Start start) {
		SharePointSource source = start.source();
		String owner = source.owner();
		String rebuild = lastPush(start);
		if ("SKIPPED".equals(rebuild)) {
			this.records.end(start, "SKIPPED", "the last sync's rows are still being pushed", "OK", List.of());
			return;
		}
		RecordedTable table = this.tables.table(owner, source.groupId(), source.datasetId(), source.tableName())
			.orElse(null);
		if (table == null) {
			String reason = "Table " + source.tableName() + " is no longer in your records of the dataset, or its "
					+ "columns are not stated.";
			this.records.end(start, null, reason, "FAILED", List.of(reason));
			return;
		}
		List<ListWork> work = new SyncLists(this.graph, owner, start).lists(table);
		for (ListWork list : work) {
			if (rebuild == null && ("LEFT".equals(list.outcome) || "UNFIT".equals(list.outcome))
					&& !start.knownOf(list.listId).isEmpty()) {
				rebuild = "list " + list.title + " left the rule"
						+ ("UNFIT".equals(list.outcome) ? " (" + list.reason + ")" : "");
			}
		}
		SiteNames names = new SiteNames(this.graph, owner, source.siteId(), this.properties.lookupItems());
		work.stream()
			.filter(ListWork::readable)
			.flatMap((list) -> list.fit.mapping().stream())
			.filter((mapped) -> mapped.column() != null && mapped.column().lookupListId() != null)
			.forEach(
					(mapped) -> names.lookupColumn(mapped.column().lookupListId(), mapped.column().lookupColumnName()));
		ListReads reads = new ListReads(this.graph, owner, this.properties);
		for (ListWork list : work) {
			if (list.readable()) {
				String why = read(start, list, reads, names, rebuild == null);
				rebuild = (rebuild != null) ? rebuild : why;
			}
		}
		if (rebuild != null) {
			for (ListWork list : work) {
				if (list.readable() && !list.full) {
					read(start, list, reads, names, false);
				}
			}
		}
		finish(start, table, work, rebuild);
	}

	/**
	 * @return {@code SKIPPED} while the last job runs, why this sync rebuilds, or null
	 */
	private String lastPush(Start start) {
		SharePointSource source = start.source();
		if (source.uploadJobId() != null) {
			JobOutcome outcome = this.uploads.outcome(source.owner(), source.uploadJobId());
			switch (outcome) {
				case RUNNING:
					return "SKIPPED";
				case STOPPED:
					cancelQuietly(source);
					return "the last push did not finish";
				case GONE:
					return "the last push's record was removed, so whether it finished is not known";
				default:
					break;
			}
		}
		return source.needsRebuild() ? "the table may differ from what the last sync recorded" : null;
	}

	/** A stopped job resumed later would push old rows after the rebuild. */
	private void cancelQuietly(SharePointSource source) {
		try {
			this.uploads.cancel(source.owner(), source.uploadJobId());
		}
		catch (RuntimeException ex) {
			log.info("The stopped upload {} of source {} could not be cancelled: {}", source.uploadJobId(), source.id(),
					ex.getClass().getSimpleName());
		}
	}

	/**
	 * Reads one list: its changes when it has a delta link and {@code changesOnly}, else
	 * all of it.
	 * @return why the table must be rebuilt, or null
	 */
	private String read(Start start, ListWork list, ListReads reads, SiteNames names, boolean changesOnly) {
		Map<String, String> known = start.knownOf(list.listId);
		String link = start.lists()
			.stream()
			.filter((saved) -> saved.listId().equals(list.listId) && saved.deltaLink() != null)
			.map(SourceList::deltaLink)
			.findFirst()
			.orElse(null);
		ItemRows.Problems problems = new ItemRows.Problems(this.properties.problemsKept());
		ItemRows rows = new ItemRows(list.fit, list.title, list.webUrl, start.source().siteTimeZone(), names, problems);
		try {
			if (changesOnly && link != null) {
				try {
					list.feed = reads.since(link, list.title);
					list.full = false;
				}
				catch (GraphResyncRequiredException ex) {
					list.feed = reads.full(start.source().siteId(), list.listId, list.title, list.fit.fields());
					list.full = true;
					list.outcome = "RESTARTED";
				}
			}
			else {
				list.feed = reads.full(start.source().siteId(), list.listId, list.title, list.fit.fields());
				list.full = true;
			}
			list.delta = ItemDelta.classify(known, list.feed.items(), rows::convert, list.full);
			list.state = SourceList.State.SYNCED;
			list.reason = null;
		}
		catch (GraphException ex) {
			list.failed(ex.getMessage());
			return null;
		}
		list.problems = problems.first();
		list.problemCount = problems.count();
		if (!list.delta.changed().isEmpty()) {
			return "item " + list.delta.changed().iterator().next() + " of " + list.title + " changed";
		}
		if (!list.delta.deleted().isEmpty()) {
			return "item " + list.delta.deleted().iterator().next() + " of " + list.title + " was deleted";
		}
		return null;
	}

	private void finish(Start start, RecordedTable table, List<ListWork> work, String rebuild) {
		List<String> errors = errors(work);
		long failed = work.stream().filter((list) -> "FAILED".equals(list.outcome)).count();
		long ok = work.stream().filter(ListWork::read).count();
		String outcome = (failed == 0) ? "OK" : (ok > 0) ? "PARTIAL" : "FAILED";
		List<List<String>> rows = new ArrayList<>();
		String mode;
		String reason;
		if (rebuild != null) {
			for (ListWork list : work) {
				if (list.read()) {
					list.current().values().forEach((row) -> rows.add(row.values()));
					list.rows = list.current().size();
				}
			}
			mode = "REBUILD";
			reason = rebuild;
		}
		else {
			Map<String, Long> added = new HashMap<>();
			for (ListWork list : work) {
				if (list.read() && !list.delta.added().isEmpty()) {
					list.delta.added().values().forEach((row) -> rows.add(row.values()));
					list.rows = list.delta.added().size();
					added.put(list.title, list.rows);
				}
			}
			mode = rows.isEmpty() ? "NOTHING" : "APPEND";
			reason = rows.isEmpty() ? "no item was added, changed or deleted"
					: rows.size() + " new items in " + String.join(", ", added.keySet()) + ", nothing changed";
		}
		String jobId = null;
		if ("REBUILD".equals(mode) && rows.isEmpty()) {
			// The upload engine takes no file without rows: the table's rows are deleted
			// here.
			try {
				this.records.markPushing(start.source().id(), true);
				this.designer.clearRows(start.source().owner(), start.source().datasetId(), table.name());
			}
			catch (RuntimeException ex) {
				log.warn("Sync {} could not delete the table's rows", start.runId(), ex);
				String message = "Power BI did not delete the table's rows; the next sync tries again.";
				this.records.end(start, mode, reason + "; " + message, "FAILED", List.of(message));
				return;
			}
		}
		else if (!"NOTHING".equals(mode)) {
			try {
				jobId = draft(start, table, rows);
			}
			catch (RuntimeException ex) {
				String message = (ex instanceof com.pushstudio.upload.UploadRefusedException
						|| ex instanceof RowsFile.RowsTooLargeException) ? ex.getMessage()
								: "The rows could not be handed to the upload engine.";
				log.warn("Sync {} could not make its upload job", start.runId(), ex);
				this.records.end(start, mode, reason + "; " + message, "FAILED", List.of(message));
				return;
			}
		}
		long count = rows.size();
		this.records.record(start, work, mode, reason, "APPEND".equals(mode) ? count : 0,
				"REBUILD".equals(mode) ? count : 0, outcome, jobId, errors);
		if (jobId != null) {
			submit(start, jobId, "REBUILD".equals(mode));
		}
	}

	/**
	 * Hands the recorded draft to the job engine. A failure leaves a recorded draft,
	 * which the next sync cancels and rebuilds over.
	 */
	private void submit(Start start, String jobId, boolean replace) {
		try {
			this.uploads.submit(start.source().owner(), jobId, replace);
		}
		catch (RuntimeException ex) {
			log.warn("Sync {} could not submit its upload {}; the next sync rebuilds", start.runId(), jobId, ex);
		}
	}

	/**
	 * Writes the rows into a draft upload job, which no worker runs until it is
	 * submitted; the mark goes first.
	 */
	private String draft(Start start, RecordedTable table, List<List<String>> rows) {
		SharePointSource source = start.source();
		List<String> header = table.columns()
			.stream()
			.filter((column) -> column.dataType() != null)
			.map(com.pushstudio.powerbi.Column::name)
			.toList();
		Path file;
		try {
			file = Files.createTempFile("sharepoint-sync-", ".csv");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try {
			RowsFile.write(file, header, rows, this.properties.maxFileSize().toBytes());
			this.records.markPushing(source.id(), true);
			String workspace = new Workspace(source.groupId()).idOrMe();
			String jobId;
			try {
				jobId = this.uploads.createFromFile(source.owner(), workspace, source.datasetId(), source.tableName(),
						file, "SharePoint " + source.siteTitle() + " " + start.started() + ".csv", RowsFile.OPTIONS);
			}
			catch (RuntimeException ex) {
				// No job stays: the table is as recorded.
				this.records.markPushing(source.id(), source.needsRebuild());
				throw ex;
			}
			return jobId;
		}
		finally {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				// a temporary file: the system cleans it
			}
		}
	}

	private List<String> errors(List<ListWork> work) {
		List<String> errors = new ArrayList<>();
		for (ListWork list : work) {
			if ("FAILED".equals(list.outcome)) {
				errors.add("list " + list.title + ": " + list.reason);
			}
		}
		for (ListWork list : work) {
			errors.addAll(list.problems);
			if (list.problemCount > list.problems.size()) {
				errors.add(String.format("list %s: %,d more values did not convert", list.title,
						list.problemCount - list.problems.size()));
			}
		}
		return errors.subList(0, Math.min(errors.size(), this.properties.problemsKept()));
	}

}
