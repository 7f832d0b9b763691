package com.pushstudio.consolidation;

import java.time.Clock;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceNotFoundException;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.TaskInstance;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Each source's sync as one db-scheduler execution named by the source's id: scheduled
 * only if none exists, so one source never syncs twice at once on any instance.
 */
@Component
class SyncQueue {

	static final TaskDescriptor<String> TASK = TaskDescriptor.of("sharepoint-sync", String.class);

	static final String NOW = "NOW";

	static final String SCHEDULE = "SCHEDULE";

	// The engine is built from the tasks: looked up late.
	private final ObjectProvider<SchedulerClient> scheduler;

	private final Sources sources;

	private final Clock clock;

	SyncQueue(ObjectProvider<SchedulerClient> scheduler, Sources sources, ConsolidationConfiguration.SyncClock clock) {
		this.scheduler = scheduler;
		this.sources = sources;
		this.clock = clock.clock();
	}

	/**
	 * @return whether it was scheduled; false when one is queued or running
	 */
	boolean enqueue(String sourceId, String trigger) {
		return this.scheduler.getObject()
			.scheduleIfNotExists(TASK.instance(sourceId).data(trigger).build(), this.clock.instant());
	}

	/** Starts the sync of every source whose scheduled time came. */
	int sweep() {
		int started = 0;
		for (SharePointSource source : this.sources
			.findTop100ByNextSyncAtLessThanEqualOrderByNextSyncAt(this.clock.instant())) {
			if (enqueue(source.id(), SCHEDULE)) {
				started++;
			}
		}
		return started;
	}

	/** Whether a sync of the source is queued or running. */
	boolean queued(String sourceId) {
		return this.scheduler.getObject().getScheduledExecution(instance(sourceId)).isPresent();
	}

	/** Removes a queued sync; one that runs finds its source gone. */
	void remove(String sourceId) {
		try {
			this.scheduler.getObject().cancel(instance(sourceId));
		}
		catch (TaskInstanceNotFoundException | TaskInstanceCurrentlyExecutingException ex) {
			// none, or running: it ends finding nothing to record
		}
	}

	private static TaskInstance<String> instance(String sourceId) {
		return TASK.instance(sourceId).build();
	}

}
