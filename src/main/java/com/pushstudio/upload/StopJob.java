package com.pushstudio.upload;

/**
 * Ends a job's run from deep inside the batch loop. The job's state is saved before it is
 * thrown; when the worker is shut down it is thrown with the state left as it was, so
 * that the job resumes at the next start.
 */
final class StopJob extends RuntimeException {

	StopJob() {
		super(null, null, false, false);
	}

}
