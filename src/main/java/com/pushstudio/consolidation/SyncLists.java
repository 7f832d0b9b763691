package com.pushstudio.consolidation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.pushstudio.consolidation.SyncRecords.Start;
import com.pushstudio.dataset.RecordedTable;
import com.pushstudio.graph.GraphClient;
import com.pushstudio.graph.GraphException;
import com.pushstudio.graph.ListColumn;
import com.pushstudio.graph.SharePointList;

/**
 * The lists a sync works on: those of the site the rule takes, each fit or not, and those
 * it took before that are gone or left the rule.
 */
final class SyncLists {

	private final GraphClient graph;

	private final String owner;

	private final Start start;

	SyncLists(GraphClient graph, String owner, Start start) {
		this.graph = graph;
		this.owner = owner;
		this.start = start;
	}

	List<ListWork> lists(RecordedTable table) {
		SharePointSource source = this.start.source();
		List<ListWork> work = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (SharePointList list : this.graph.lists(this.owner, source.siteId())) {
			ListWork item = ListWork.of(list);
			Map<String, List<ListColumn>> columns = new HashMap<>();
			try {
				if (!ListRules.matches(this.start.rule(), list, () -> columns(source, list, columns))) {
					continue;
				}
				item.fit = ListFit.check(table.columns(), columns(source, list, columns), source.listNameColumn(),
						source.listUrlColumn());
				if (!item.fit.fits()) {
					item.state = SourceList.State.UNFIT;
					item.outcome = "UNFIT";
					item.reason = item.fit.reason();
				}
			}
			catch (GraphException ex) {
				item.failed(ex.getMessage());
			}
			seen.add(list.id());
			work.add(item);
		}
		for (SourceList saved : this.start.lists()) {
			if (!seen.contains(saved.listId())) {
				ListWork left = ListWork.of(saved);
				left.outcome = "LEFT";
				left.reason = "no longer on the site or taken by the rule";
				work.add(left);
			}
		}
		return work;
	}

	private List<ListColumn> columns(SharePointSource source, SharePointList list,
			Map<String, List<ListColumn>> cache) {
		return cache.computeIfAbsent(list.id(), (id) -> this.graph.columns(this.owner, source.siteId(), id));
	}

}
