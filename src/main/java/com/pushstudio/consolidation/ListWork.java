package com.pushstudio.consolidation;

import java.util.List;
import java.util.Map;

import com.pushstudio.consolidation.ItemDelta.ItemRow;
import com.pushstudio.graph.SharePointList;

/** What one sync found and did for one list; filled step by step. */
final class ListWork {

	final String listId;

	final String title;

	final String webUrl;

	ListFit fit;

	SourceList.State state;

	/** {@code OK}, {@code FAILED}, {@code UNFIT}, {@code LEFT} or {@code RESTARTED}. */
	String outcome = "OK";

	String reason;

	ListReads.Feed feed;

	boolean full;

	ItemDelta delta;

	List<String> problems = List.of();

	long problemCount;

	/** Rows of this list that went out. */
	long rows;

	ListWork(String listId, String title, String webUrl) {
		this.listId = listId;
		this.title = title;
		this.webUrl = webUrl;
	}

	static ListWork of(SharePointList list) {
		return new ListWork(list.id(), list.title(), list.webUrl());
	}

	static ListWork of(SourceList list) {
		return new ListWork(list.listId(), list.title(), list.webUrl());
	}

	boolean readable() {
		return this.fit != null && this.fit.fits() && this.state != SourceList.State.FAILED;
	}

	boolean read() {
		return readable() && this.delta != null;
	}

	void failed(String reason) {
		this.state = SourceList.State.FAILED;
		this.outcome = "FAILED";
		this.reason = reason;
		this.feed = null;
		this.delta = null;
	}

	Map<String, ItemRow> current() {
		return this.delta.current();
	}

	SyncRunView.ListRunView view() {
		long added = (this.delta != null) ? this.delta.added().size() : 0;
		long changed = (this.delta != null) ? this.delta.changed().size() : 0;
		long deleted = (this.delta != null) ? this.delta.deleted().size() : 0;
		return new SyncRunView.ListRunView(this.title, added, changed, deleted, this.rows, this.outcome, this.reason);
	}

}
