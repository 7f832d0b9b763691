package com.pushstudio.consolidation;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.pushstudio.dataset.RecordedDataset;
import com.pushstudio.dataset.RecordedTable;
import com.pushstudio.graph.GraphClient;
import com.pushstudio.graph.SharePointList;
import com.pushstudio.graph.Site;
import com.pushstudio.powerbi.Workspace;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the SharePoint source pages do: find a site, preview a rule, create a source of a
 * table, sync it now or on a schedule, and show its history. Only the owner sees a
 * source. Graph is asked outside any transaction.
 */
@Service
public class SharePointSources {

	private final GraphClient graph;

	private final Sources sources;

	private final SourceTables tables;

	private final SyncQueue queue;

	private final SourceViews views;

	private final SourcePreviews previews;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	private final SyncRecords records;

	SharePointSources(GraphClient graph, Sources sources, SourceTables tables, SyncQueue queue, SourceViews views,
			SourcePreviews previews, TransactionTemplate transactions, JsonMapper json, SyncRecords records) {
		this.graph = graph;
		this.sources = sources;
		this.tables = tables;
		this.queue = queue;
		this.views = views;
		this.previews = previews;
		this.transactions = transactions;
		this.json = json;
		this.records = records;
	}

	/** Sites whose name matches; needs the user's consent to read sites. */
	public List<Site> searchSites(String owner, String query) {
		if (query == null || query.isBlank()) {
			throw new SourceRefusedException("Type part of the site's name to search for it.");
		}
		if (query.length() > 200) {
			throw new SourceRefusedException("Search with at most 200 characters.");
		}
		return this.graph.searchSites(owner, query.trim());
	}

	/** The site at a pasted address. */
	public Site siteByUrl(String owner, String webUrl) {
		URI address;
		try {
			address = (webUrl != null && webUrl.length() <= 2000) ? URI.create(webUrl.trim()) : null;
		}
		catch (IllegalArgumentException ex) {
			address = null;
		}
		if (address == null || !"https".equalsIgnoreCase(address.getScheme()) || address.getHost() == null) {
			throw new SourceRefusedException(
					"Paste the site's address as it shows in the browser, such as https://contoso.sharepoint.com/sites/projects.");
		}
		return this.graph.siteByUrl(owner, address.toString());
	}

	/** The site, for its title and address; needs the user's consent to read sites. */
	public Site site(String owner, String siteId) {
		if (siteId == null || siteId.isBlank()) {
			throw new SourceRefusedException("Choose a site: search for it by name or paste its address.");
		}
		return this.graph.site(owner, siteId);
	}

	/**
	 * The site's lists a source can take, to pick from: neither hidden nor libraries, as
	 * a sync sees them. One call to Graph, no columns or items.
	 */
	public List<SharePointList> lists(String owner, String siteId) {
		if (siteId == null || siteId.isBlank()) {
			throw new SourceRefusedException("Choose a site: search for it by name or paste its address.");
		}
		return this.graph.lists(owner, siteId).stream().filter(ListRules::isRowList).toList();
	}

	/** The site's lists as the draft would see them. */
	public List<ListPreview> preview(String owner, SourceDraft draft) {
		RecordedTable table = checked(owner, draft);
		return this.previews.preview(owner, draft, table);
	}

	/** Creates the source and returns its id; refused when the table already has one. */
	public String create(String owner, SourceDraft draft) {
		RecordedTable table = checked(owner, draft);
		Workspace workspace = Workspace.of(draft.workspace());
		if (sourceOf(owner, draft.workspace(), draft.datasetId(), table.name()).isPresent()) {
			throw new SourceRefusedException(
					"Table " + table.name() + " has a SharePoint source already: change " + "or delete that one.");
		}
		Site site = this.graph.site(owner, draft.siteId());
		String id = UUID.randomUUID().toString();
		SharePointSource source = new SharePointSource(id, owner, workspace.groupId(), draft.datasetId(), table.name(),
				site.id(), site.title(), site.webUrl(), this.json.writeValueAsString(draft.rule()),
				draft.siteTimeZone().getId(), blankToNull(draft.listNameColumn()), blankToNull(draft.listUrlColumn()),
				this.records.now());
		SyncSchedule schedule = (draft.schedule() != null) ? draft.schedule() : SyncSchedule.none(null);
		source.schedule(schedule, next(schedule));
		try {
			this.sources.save(source);
		}
		catch (org.springframework.dao.DataIntegrityViolationException ex) {
			throw new SourceRefusedException("Table " + table.name() + " has a SharePoint source already.");
		}
		return id;
	}

	/** The SharePoint source of a table, if it has one. */
	public Optional<String> sourceOf(String owner, String workspace, String datasetId, String tableName) {
		return this.sources.findByOwnerAndDatasetIdAndTableNameIgnoreCase(owner, datasetId, tableName)
			.filter((source) -> java.util.Objects.equals(source.groupId(), Workspace.of(workspace).groupId()))
			.map(SharePointSource::id);
	}

	public SourceView view(String owner, String sourceId) {
		return this.views.view(owned(owner, sourceId));
	}

	public void changeSchedule(String owner, String sourceId, SyncSchedule schedule) {
		DraftCheck.schedule(schedule);
		SyncSchedule chosen = (schedule != null && schedule.kind() != null) ? schedule : SyncSchedule.none(null);
		this.transactions.executeWithoutResult((status) -> {
			SharePointSource source = owned(owner, sourceId);
			source.schedule(chosen, next(chosen));
			this.sources.save(source);
		});
	}

	/** Queues a sync at once; none is added while one is queued or running. */
	public void syncNow(String owner, String sourceId) {
		trySyncNow(owner, sourceId);
	}

	/**
	 * As {@link #syncNow(String, String)}.
	 * @return false when a sync of the source was queued or running already, its rows
	 * still being pushed included (such a sync would only be skipped)
	 */
	public boolean trySyncNow(String owner, String sourceId) {
		SharePointSource source = owned(owner, sourceId);
		// Pushing is looked at first: a sync records its upload job before its execution
		// ends, so one of the two is seen.
		if (this.views.pushing(source)) {
			return false;
		}
		return this.queue.enqueue(source.id(), SyncQueue.NOW);
	}

	/** Removes the source; the table's rows stay. */
	public void delete(String owner, String sourceId) {
		SharePointSource source = owned(owner, sourceId);
		this.queue.remove(source.id());
		this.transactions.executeWithoutResult((status) -> this.views.deleteAll(source.id()));
	}

	private SharePointSource owned(String owner, String sourceId) {
		return this.sources.findByIdAndOwner(sourceId, owner)
			.orElseThrow(() -> new SourceNotFoundException("No SharePoint source " + sourceId + " of yours"));
	}

	private RecordedTable checked(String owner, SourceDraft draft) {
		DraftCheck.check(draft);
		Workspace workspace = Workspace.of(draft.workspace());
		RecordedDataset dataset = this.tables.dataset(owner, workspace.groupId(), draft.datasetId())
			.orElseThrow(() -> new SourceRefusedException("No dataset " + draft.datasetId() + " of yours there."));
		RecordedTable table = dataset.table(draft.tableName())
			.orElseThrow(() -> new SourceRefusedException(
					"Dataset " + dataset.name() + " has no table " + draft.tableName() + "."));
		if (!table.columnsKnown()) {
			throw new SourceRefusedException("The columns of table " + table.name() + " are not stated yet, and "
					+ "Power BI does not tell them. State them on the dataset's page first.");
		}
		DraftCheck.sourceColumns(draft, table);
		return table;
	}

	private java.time.Instant next(SyncSchedule schedule) {
		return NextSync.after(schedule, this.records.now());
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

}
