package com.pushstudio.consolidation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One sync of a table, for its history.
 *
 * @param trigger {@code NOW} (a person asked) or {@code SCHEDULE}
 * @param mode {@code APPEND}, {@code REBUILD}, {@code NOTHING} (no change) or
 * {@code SKIPPED}
 * @param reason why that mode, in words ("item 12 of Project Alpha changed")
 * @param rowsAppended rows appended to the table
 * @param rowsRebuilt rows pushed after the table's rows were deleted
 * @param outcome {@code OK}, {@code PARTIAL} (some lists failed), {@code FAILED}, or
 * {@code PUSHING} (its rows are still being pushed)
 * @param took time taken reading and converting, or null while running
 * @param errors what went wrong, bounded
 */
public record SyncRunView(String id, Instant started, Duration took, String trigger, String mode, String reason,
		long rowsAppended, long rowsRebuilt, String outcome, String uploadJobId, List<ListRunView> lists,
		List<String> errors) {

	public SyncRunView {
		lists = List.copyOf(lists);
		errors = List.copyOf(errors);
	}

	/**
	 * What a sync did with one list.
	 *
	 * @param outcome {@code OK}, {@code FAILED}, {@code UNFIT}, {@code LEFT} (no longer
	 * matched) or {@code RESTARTED} (Graph answered 410)
	 */
	public record ListRunView(String title, long newItems, long changedItems, long deletedItems, long rows,
			String outcome, String error) {
	}

}
