package com.pushstudio.consolidation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An item that is in the table, with the hash of its row as pushed. */
@Entity
@Table(name = "sharepoint_source_item")
class KnownItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "source_id", nullable = false)
	private String sourceId;

	@Column(name = "list_id", nullable = false)
	private String listId;

	@Column(name = "item_id", nullable = false)
	private String itemId;

	@Column(name = "row_hash", nullable = false)
	private String rowHash;

	protected KnownItem() {
	}

	KnownItem(String sourceId, String listId, String itemId, String rowHash) {
		this.sourceId = sourceId;
		this.listId = listId;
		this.itemId = itemId;
		this.rowHash = rowHash;
	}

	String listId() {
		return this.listId;
	}

	String itemId() {
		return this.itemId;
	}

	String rowHash() {
		return this.rowHash;
	}

}
