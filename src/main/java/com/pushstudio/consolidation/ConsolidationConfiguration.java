package com.pushstudio.consolidation;

import java.time.Clock;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The job engine's tasks for SharePoint sources: one sync of a source at a time, named by
 * the source's id, and a sweep that starts those whose scheduled time came. Both live in
 * the database, so schedules survive restarts and any instance runs them.
 */
@Configuration(proxyBeanMethods = false)
class ConsolidationConfiguration {

	@Bean
	SyncClock syncClock(ObjectProvider<Clock> clocks) {
		return new SyncClock(clocks.getIfUnique(Clock::systemUTC));
	}

	/** A sync of one source; its data says who asked: {@code NOW} or {@code SCHEDULE}. */
	@Bean
	Task<String> sharePointSyncTask(SourceSync sync) {
		// A sync records its own failures as a run; one that failed outside (the database
		// was away) is not retried: the schedule or the person starts the next.
		return Tasks.oneTime(SyncQueue.TASK)
			.execute((instance, context) -> sync.run(instance.getId(),
					(instance.getData() != null) ? instance.getData() : SyncQueue.SCHEDULE));
	}

	@Bean
	Task<Void> sharePointScheduleSweepTask(SyncQueue queue, SyncProperties properties) {
		return Tasks.recurring("sharepoint-schedule-sweep", FixedDelay.of(properties.scheduleSweep()))
			.execute((instance, context) -> queue.sweep());
	}

	/** The one clock of this feature, replaceable in tests. */
	record SyncClock(Clock clock) {
	}

}
