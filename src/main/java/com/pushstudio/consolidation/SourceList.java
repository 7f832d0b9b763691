package com.pushstudio.consolidation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A list a source took or refused, with where its delta feed stands. The delta link
 * carries Graph's token of the feed's position: it is never logged or shown, and
 * {@link #toString()} leaves it out.
 */
@Entity
@Table(name = "sharepoint_source_list")
class SourceList {

	enum State {

		NEW, SYNCED, UNFIT, FAILED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "source_id", nullable = false)
	private String sourceId;

	@Column(name = "list_id", nullable = false)
	private String listId;

	private String title;

	@Column(name = "web_url")
	private String webUrl;

	@Column(name = "delta_link", length = 20000)
	private String deltaLink;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private State state;

	private String reason;

	@Column(nullable = false)
	private long items;

	protected SourceList() {
	}

	SourceList(String sourceId, String listId, String title, String webUrl) {
		this.sourceId = sourceId;
		this.listId = listId;
		this.title = title;
		this.webUrl = webUrl;
		this.state = State.NEW;
	}

	void update(String title, String webUrl, State state, String reason, String deltaLink, long items) {
		this.title = title;
		this.webUrl = webUrl;
		this.state = state;
		this.reason = (reason != null && reason.length() > 2000) ? reason.substring(0, 2000) : reason;
		this.deltaLink = deltaLink;
		this.items = items;
	}

	String sourceId() {
		return this.sourceId;
	}

	String listId() {
		return this.listId;
	}

	String title() {
		return this.title;
	}

	String webUrl() {
		return this.webUrl;
	}

	String deltaLink() {
		return this.deltaLink;
	}

	State state() {
		return this.state;
	}

	String reason() {
		return this.reason;
	}

	long items() {
		return this.items;
	}

	@Override
	public String toString() {
		return "SourceList[" + this.listId + " " + this.state + "]";
	}

}
