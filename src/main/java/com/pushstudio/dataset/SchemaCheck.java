package com.pushstudio.dataset;

import java.util.List;

/**
 * What a table schema change would do to rows already stored: columns removed (or
 * renamed) and types changed. Adding columns is always safe.
 *
 * @param rowCount rows in the table, {@code null} when unknown (assumed to hold rows)
 */
public record SchemaCheck(List<String> removed, List<String> retyped, Long rowCount) {

	/** Whether the user must confirm before the change is sent. */
	public boolean needsConfirmation() {
		return (!this.removed.isEmpty() || !this.retyped.isEmpty()) && (this.rowCount == null || this.rowCount > 0);
	}

}
