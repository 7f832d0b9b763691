package com.pushstudio.upload;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The tasks the job engine (db-scheduler) runs for uploads. Why db-scheduler: it keeps
 * its state in the app's own database (one table, no broker), claims an execution for one
 * instance at a time, takes over those of an instance that stopped beating, and an
 * execution can reschedule itself, which is how a job waiting for Power BI is parked.
 */
@Configuration(proxyBeanMethods = false)
class JobEngineConfiguration {

	/** Each dataset's uploads; see {@link DatasetQueue}. */
	@Bean
	Task<Void> datasetUploadsTask(UploadWorkers workers) {
		// A run that failed outside a job (the database was away) tries again soon.
		return Tasks.custom(DatasetQueue.TASK)
			.onFailure(new FailureHandler.OnFailureRetryLater<>(Duration.ofSeconds(10)))
			.execute((instance, context) -> workers.run(instance.getId(), context));
	}

	/**
	 * Every dataset with a runnable job has its execution, whatever went wrong before.
	 */
	@Bean
	Task<Void> uploadQueueSweepTask(DatasetQueue queue) {
		return Tasks.recurring("upload-queue-sweep", FixedDelay.of(Duration.ofSeconds(30)))
			.execute((instance, context) -> queue.sweep());
	}

}
