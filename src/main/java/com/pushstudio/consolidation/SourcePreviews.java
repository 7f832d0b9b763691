package com.pushstudio.consolidation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.pushstudio.consolidation.ItemDelta.ItemRow;
import com.pushstudio.consolidation.ListFit.Mapped;
import com.pushstudio.dataset.RecordedTable;
import com.pushstudio.graph.GraphClient;
import com.pushstudio.graph.GraphException;
import com.pushstudio.graph.ListColumn;
import com.pushstudio.graph.ListItem;
import com.pushstudio.graph.SharePointList;

import org.springframework.stereotype.Component;

/**
 * A draft's lists with their first items converted exactly as a sync converts them.
 */
@Component
class SourcePreviews {

	static final int FIRST_ITEMS = 5;

	private final GraphClient graph;

	private final SyncProperties properties;

	SourcePreviews(GraphClient graph, SyncProperties properties) {
		this.graph = graph;
		this.properties = properties;
	}

	List<ListPreview> preview(String owner, SourceDraft draft, RecordedTable table) {
		SiteNames names = new SiteNames(this.graph, owner, draft.siteId(), this.properties.lookupItems());
		List<ListPreview> previews = new ArrayList<>();
		for (SharePointList list : this.graph.lists(owner, draft.siteId())) {
			if (!ListRules.isRowList(list)) {
				continue;
			}
			Map<String, List<ListColumn>> columns = new HashMap<>();
			try {
				if (!ListRules.matches(draft.rule(), list, () -> columns(owner, draft, list, columns))) {
					previews.add(new ListPreview(list.id(), list.title(), list.webUrl(), false, false, null, List.of(),
							List.of(), List.of()));
					continue;
				}
				ListFit fit = ListFit.check(table.columns(), columns(owner, draft, list, columns),
						draft.listNameColumn(), draft.listUrlColumn());
				previews.add(fit.fits() ? fitting(owner, draft, list, fit, names) : new ListPreview(list.id(),
						list.title(), list.webUrl(), true, false, fit.reason(), List.of(), List.of(), List.of()));
			}
			catch (GraphException ex) {
				previews.add(new ListPreview(list.id(), list.title(), list.webUrl(), true, false,
						"Graph failed: " + ex.getMessage(), List.of(), List.of(), List.of()));
			}
		}
		return previews;
	}

	private ListPreview fitting(String owner, SourceDraft draft, SharePointList list, ListFit fit, SiteNames names) {
		fit.mapping()
			.stream()
			.filter((mapped) -> mapped.column() != null && mapped.column().lookupListId() != null)
			.forEach(
					(mapped) -> names.lookupColumn(mapped.column().lookupListId(), mapped.column().lookupColumnName()));
		ItemRows.Problems problems = new ItemRows.Problems(FIRST_ITEMS * fit.mapping().size());
		ItemRows rows = new ItemRows(fit, list.title(), list.webUrl(), draft.siteTimeZone(), names, problems);
		List<List<String>> first = new ArrayList<>();
		for (ListItem item : this.graph.items(owner, draft.siteId(), list.id(), fit.fields(), FIRST_ITEMS)) {
			ItemRow row = rows.convert(item);
			if (row != null) {
				first.add(row.values().stream().map((value) -> (value != null) ? value : "").toList());
			}
		}
		return new ListPreview(list.id(), list.title(), list.webUrl(), true, true, null,
				fit.mapping().stream().map(Mapped::tableColumn).toList(), first, problems.first());
	}

	private List<ListColumn> columns(String owner, SourceDraft draft, SharePointList list,
			Map<String, List<ListColumn>> cache) {
		return cache.computeIfAbsent(list.id(), (id) -> this.graph.columns(owner, draft.siteId(), id));
	}

}
