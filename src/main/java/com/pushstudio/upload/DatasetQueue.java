package com.pushstudio.upload;

import java.time.Clock;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceNotFoundException;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.pushstudio.upload.UploadConfiguration.UploadClock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Each dataset's uploads as one db-scheduler execution named by the dataset's id. The
 * engine runs an execution on one instance at a time, so a dataset's jobs go one at a
 * time, oldest first, across all instances, and Power BI's limits per dataset are kept by
 * whichever instance holds it. Jobs of different datasets never wait on each other.
 */
@Component
class DatasetQueue {

	static final TaskDescriptor<Void> TASK = TaskDescriptor.of("dataset-uploads");

	// The engine is built from the tasks, which run jobs that enqueue: looked up late.
	private final ObjectProvider<SchedulerClient> scheduler;

	private final UploadJobRepository jobs;

	private final Clock clock;

	DatasetQueue(ObjectProvider<SchedulerClient> scheduler, UploadJobRepository jobs, UploadClock clock) {
		this.scheduler = scheduler;
		this.jobs = jobs;
		this.clock = clock.clock();
	}

	/**
	 * A job of the dataset became runnable: its execution runs now unless it exists.
	 * @return whether it was scheduled now
	 */
	boolean enqueue(String datasetId) {
		return this.scheduler.getObject().scheduleIfNotExists(instance(datasetId), this.clock.instant());
	}

	/**
	 * Something changed for a dataset whose execution may be parked (a Cancel): it runs
	 * now. One that runs right now reads the change itself.
	 */
	void wake(String datasetId) {
		if (enqueue(datasetId)) {
			return;
		}
		try {
			this.scheduler.getObject().reschedule(instance(datasetId), this.clock.instant());
		}
		catch (TaskInstanceCurrentlyExecutingException ex) {
			// Running: it polls the cancel flag.
		}
		catch (TaskInstanceNotFoundException ex) {
			// Ended between the two calls.
			enqueue(datasetId);
		}
	}

	/**
	 * Makes sure every dataset with a runnable job has its execution: after a crash
	 * between saving a job and enqueuing it, or an execution that ended as a job came.
	 * @return the datasets enqueued now
	 */
	int sweep() {
		int enqueued = 0;
		for (String datasetId : this.jobs.findDatasetsWithStateIn(JobState.RUNNABLE)) {
			if (enqueue(datasetId)) {
				enqueued++;
			}
		}
		return enqueued;
	}

	static TaskInstance<Void> instance(String datasetId) {
		return TASK.instance(datasetId).build();
	}

}
