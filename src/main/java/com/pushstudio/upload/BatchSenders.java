package com.pushstudio.upload;

import java.util.Map;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.MDC;

import org.springframework.beans.factory.DisposableBean;

/**
 * The threads that wait for Post Rows answers, so that a job can have several requests in
 * flight: as many as the workers' jobs can have at once, idle ones let go. They only send
 * and report back; the job's own worker records every outcome.
 */
final class BatchSenders implements DisposableBean {

	private final ThreadPoolExecutor threads;

	/**
	 * Idle threads are reused before new ones start (a hand-over queue), and no more
	 * start than the requests that can be in flight at once; the pool never holds a
	 * request back.
	 */
	BatchSenders(int workers, int pendingRequests) {
		int size = workers * pendingRequests;
		this.threads = new ThreadPoolExecutor(0, size, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), named());
	}

	/** On a sender thread, with the caller's logging context (the job's id). */
	void execute(Runnable request) {
		Map<String, String> context = MDC.getCopyOfContextMap();
		this.threads.execute(() -> {
			if (context != null) {
				MDC.setContextMap(context);
			}
			try {
				request.run();
			}
			finally {
				MDC.clear();
			}
		});
	}

	/**
	 * After the workers: a request still waiting for its answer is left to the next
	 * start, which reads the table's row count.
	 */
	@Override
	public void destroy() {
		this.threads.shutdownNow();
	}

	private static java.util.concurrent.ThreadFactory named() {
		AtomicInteger count = new AtomicInteger();
		return (runnable) -> {
			Thread thread = new Thread(runnable, "post-rows-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}
