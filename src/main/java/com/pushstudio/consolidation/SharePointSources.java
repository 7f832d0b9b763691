package com.pushstudio.consolidation;

import java.util.List;

import com.pushstudio.graph.Site;

/**
 * What the SharePoint source pages do: find a site, preview a rule, create a source of a
 * table, sync it now or on a schedule, and show its history. Only the owner sees a
 * source.
 */
public class SharePointSources {

	/** Sites whose name matches; needs the user's consent to read sites. */
	public List<Site> searchSites(String owner, String query) {
		throw new UnsupportedOperationException("contract only");
	}

	/** The site at a pasted address. */
	public Site siteByUrl(String owner, String webUrl) {
		throw new UnsupportedOperationException("contract only");
	}

	/** The site's lists as the draft would see them. */
	public List<ListPreview> preview(String owner, SourceDraft draft) {
		throw new UnsupportedOperationException("contract only");
	}

	/** Creates the source and returns its id; refused when the table already has one. */
	public String create(String owner, SourceDraft draft) {
		throw new UnsupportedOperationException("contract only");
	}

	/** The SharePoint source of a table, if it has one. */
	public java.util.Optional<String> sourceOf(String owner, String workspace, String datasetId, String tableName) {
		throw new UnsupportedOperationException("contract only");
	}

	public SourceView view(String owner, String sourceId) {
		throw new UnsupportedOperationException("contract only");
	}

	public void changeSchedule(String owner, String sourceId, SyncSchedule schedule) {
		throw new UnsupportedOperationException("contract only");
	}

	/** Queues a sync at once; none is added while one is queued or running. */
	public void syncNow(String owner, String sourceId) {
		throw new UnsupportedOperationException("contract only");
	}

	/** Removes the source; the table's rows stay. */
	public void delete(String owner, String sourceId) {
		throw new UnsupportedOperationException("contract only");
	}

}
