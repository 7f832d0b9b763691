package com.pushstudio.upload;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.pushstudio.PushStudioApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Many datasets at once on the job engine: {@code --datasets=N} uploads (default 40) of
 * {@code --rows=N} rows each (default 20,000) into as many datasets, submitted all at
 * once and spread over {@code --instances=1,2} instances (default both, one run each),
 * with the sandbox's and the app's limits raised so that only the work binds. Prints the
 * rows per second over all jobs, the peak of live threads in the JVM, and each job's time
 * from its submission to its end. Not a test: run with
 * {@code ./mvnw -q -Pbenchmark process-test-classes -Dbenchmark=jobs}.
 *
 * <p>
 * The instances are application contexts in this one JVM on one in-memory H2 database and
 * one data folder, as several instances share PostgreSQL and a shared folder; in sandbox
 * mode each posts to its own sandbox, and the sandboxes share their tables through that
 * database. The peak of live threads is the JVM's, all instances together.
 */
public final class JobEngineBenchmark {

	private JobEngineBenchmark() {
	}

	public static void main(String[] commandLine) throws Exception {
		int datasets = 40;
		int rows = 20_000;
		List<Integer> instanceCounts = List.of(1, 2);
		for (String arg : BenchmarkArgs.of(commandLine)) {
			if (arg.startsWith("--datasets=")) {
				datasets = Integer.parseInt(arg.substring("--datasets=".length()));
			}
			else if (arg.startsWith("--rows=")) {
				rows = Integer.parseInt(arg.substring("--rows=".length()));
			}
			else if (arg.startsWith("--instances=")) {
				instanceCounts = Arrays.stream(arg.substring("--instances=".length()).split(","))
					.map(Integer::valueOf)
					.toList();
			}
			else {
				throw new IllegalArgumentException("Unknown argument " + arg);
			}
		}
		for (int instances : instanceCounts) {
			run(instances, datasets, rows);
		}
		System.exit(0);
	}

	private static void run(int instanceCount, int datasetCount, int rows) throws InterruptedException {
		String name = "jobs-benchmark-" + UUID.randomUUID();
		Path folder = Path.of("target", "benchmark", name).toAbsolutePath();
		List<ConfigurableApplicationContext> instances = new ArrayList<>();
		try {
			for (int i = 0; i < instanceCount; i++) {
				instances.add(start(folder, name));
			}
			UploadFlows first = new UploadFlows(instances.get(0));
			byte[] file = UploadFlows.csv(rows);
			// A person each, as many people push at once (and each has an upload quota).
			List<UploadFlows> people = new ArrayList<>();
			List<String> datasets = new ArrayList<>();
			for (int i = 0; i < datasetCount; i++) {
				UploadFlows person = new UploadFlows(instances.get(0));
				people.add(person);
				datasets.add(person.createDataset());
			}
			ThreadMXBean threads = ManagementFactory.getThreadMXBean();
			threads.resetPeakThreadCount();
			int threadsBefore = threads.getThreadCount();
			Map<String, Instant> submitted = new ConcurrentHashMap<>();
			List<String> jobs = new ArrayList<>();
			Instant start = Instant.now();
			for (int i = 0; i < datasetCount; i++) {
				// Round robin, as a load balancer spreads the people submitting.
				UploadFlows via = new UploadFlows(instances.get(i % instanceCount), people.get(i).user());
				String id = via.start(datasets.get(i), file, false);
				submitted.put(id, Instant.now());
				jobs.add(id);
			}
			List<Duration> times = new ArrayList<>();
			for (String id : jobs) {
				UploadJob done = awaitEnd(first, id);
				if (done.state() != JobState.DONE || done.rowsSent() != rows) {
					throw new IllegalStateException("Job " + id + " ended " + done.state() + " with " + done.rowsSent()
							+ " rows: " + done.message());
				}
				times.add(Duration.between(submitted.get(id), done.finishedAt()));
			}
			Instant end = jobs.stream().map((id) -> first.job(id).finishedAt()).max(Instant::compareTo).orElseThrow();
			double seconds = Duration.between(start, end).toMillis() / 1000.0;
			long total = (long) rows * datasetCount;
			List<Duration> sorted = new ArrayList<>(times);
			sorted.sort(null);
			System.out.printf("instances %d: %d uploads × %,d rows = %,d rows in %.2f s, %,.0f rows/s%n", instanceCount,
					datasetCount, rows, total, seconds, total / seconds);
			System.out.printf("instances %d: live threads before %d, peak %d (the JVM's, all instances)%n",
					instanceCount, threadsBefore, threads.getPeakThreadCount());
			System.out.printf("instances %d: job time from submission to done: min %.2f s, median %.2f s, max %.2f s%n",
					instanceCount, secondsOf(sorted.get(0)), secondsOf(sorted.get(sorted.size() / 2)),
					secondsOf(sorted.get(sorted.size() - 1)));
			StringBuilder each = new StringBuilder();
			for (Duration time : times) {
				each.append(String.format(" %.2f", secondsOf(time)));
			}
			System.out.printf("instances %d: each job, in submission order (s):%s%n", instanceCount, each);
		}
		finally {
			for (ConfigurableApplicationContext instance : instances) {
				instance.close();
			}
		}
	}

	private static UploadJob awaitEnd(UploadFlows flows, String id) throws InterruptedException {
		while (true) {
			UploadJob job = flows.job(id);
			if (job.state().finished() || job.state() == JobState.PAUSED || job.state() == JobState.NEEDS_DECISION) {
				return job;
			}
			Thread.sleep(50);
		}
	}

	private static double secondsOf(Duration duration) {
		return duration.toMillis() / 1000.0;
	}

	private static ConfigurableApplicationContext start(Path folder, String name) {
		return new SpringApplicationBuilder(PushStudioApplication.class, UploadTestConfig.class).run("--server.port=0",
				"--push-studio.data-dir=" + folder,
				"--spring.datasource.url=jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "--logging.level.root=WARN",
				"--push-studio.upload.limits.requests-per-window=100000",
				"--push-studio.upload.limits.rows-per-window=1000000000",
				"--push-studio.upload.limits.big-table-requests-per-window=100000",
				"--push-studio.sandbox.powerbi.limits.requests-per-window=100000",
				"--push-studio.sandbox.powerbi.limits.rows-per-window=1000000000",
				"--push-studio.sandbox.powerbi.limits.big-table-requests-per-window=100000");
	}

}
