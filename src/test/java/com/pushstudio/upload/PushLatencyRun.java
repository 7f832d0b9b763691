package com.pushstudio.upload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.pushstudio.PushStudioApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The push benchmark's latency run: a file of N rows at Power BI's documented limits,
 * with every Post Rows held for a latency, timed against the least time those limits
 * allow at that latency ({@link #floor}). Power BI is either the sandbox with its latency
 * fault (it also stores every row, in a database on the same cores) or
 * {@link LatencyOnlyPostRows}, whose Post Rows costs the latency alone.
 */
final class PushLatencyRun {

	enum PowerBi {

		SANDBOX, LATENCY_ONLY

	}

	private static final int WARM_UP_ROWS = 50_000;

	private final int rows;

	private final Duration latency;

	private final PowerBi powerBi;

	PushLatencyRun(int rows, Duration latency, PowerBi powerBi) {
		this.rows = rows;
		this.latency = latency;
		this.powerBi = powerBi;
	}

	/**
	 * The least time Power BI's limits allow for {@code rows} rows when each request
	 * takes {@code latency}: requests of 10,000 rows, five pending at a time, and no more
	 * than 120 a minute (120 an hour once the table holds 250,000 rows) and 1,000,000
	 * rows an hour, counted as Power BI might at best, when each request arrives.
	 */
	static Duration floor(long rows, Duration latency) {
		long requests = (rows + 9_999) / 10_000;
		Duration pending = latency.multipliedBy((requests + 4) / 5);
		Duration perMinute = Duration.ofMinutes((requests - 1) / 120).plus(latency);
		long bigTableRequests = Math.max(0, requests - 25);
		Duration bigTable = (bigTableRequests > 0) ? Duration.ofHours((bigTableRequests - 1) / 120).plus(latency)
				: Duration.ZERO;
		Duration perHour = Duration.ofHours((rows - 1) / 1_000_000).plus(latency);
		return max(max(pending, perMinute), max(bigTable, perHour));
	}

	void run() throws Exception {
		PostRowsLog log = new PostRowsLog();
		LatencyOnlyPostRows latencyOnly = (this.powerBi == PowerBi.LATENCY_ONLY) ? new LatencyOnlyPostRows(this.latency)
				: null;
		try (ConfigurableApplicationContext context = start(log, latencyOnly)) {
			UploadFlows flows = new UploadFlows(context);
			warmUp(flows);
			if (latencyOnly != null) {
				latencyOnly.forget();
			}
			String dataset = flows.createDataset();
			byte[] csv = UploadFlows.csv(this.rows);
			Instant submitted = Instant.now();
			String id = flows.start(dataset, csv, false);
			UploadJob job = PushPacingBenchmark.awaitEnd(flows, id, Duration.ofMinutes(30));
			Duration total = Duration.between(submitted, Instant.now());
			boolean eachOnce = (latencyOnly != null) ? latencyOnly.eachOnce(this.rows)
					: flows.storedIdsSorted(dataset).equals(UploadFlows.ids(1, this.rows));
			long landed = (latencyOnly != null) ? latencyOnly.rows() : flows.storedIds(dataset).size();
			report(log.requests(dataset), log.mostAtOnce(dataset), job, total, landed, eachOnce);
		}
	}

	/**
	 * One smaller upload first, to another dataset, as a running server has done before:
	 * otherwise the timed push also measures the JVM compiling the code on its path and
	 * making its first connection, database record and sender thread.
	 */
	private static void warmUp(UploadFlows flows) throws InterruptedException {
		String id = flows.start(flows.createDataset(), UploadFlows.csv(WARM_UP_ROWS), false);
		UploadJob job = PushPacingBenchmark.awaitEnd(flows, id, Duration.ofMinutes(30));
		if (job.state() != JobState.DONE) {
			throw new IllegalStateException("The warm-up upload ended " + job.state() + ": " + job.message());
		}
	}

	private ConfigurableApplicationContext start(PostRowsLog log, LatencyOnlyPostRows latencyOnly) throws IOException {
		Path folder = Files.createDirectories(Path.of("target", "benchmark", "latency-" + UUID.randomUUID()));
		Duration sandboxLatency = (latencyOnly != null) ? Duration.ZERO : this.latency;
		return new SpringApplicationBuilder(PushStudioApplication.class, UploadTestConfig.class)
			.initializers((context) -> {
				context.getBeanFactory().registerSingleton("postRowsLog", log);
				if (latencyOnly != null) {
					context.getBeanFactory().registerSingleton("latencyOnlyPostRows", latencyOnly);
				}
			})
			.run("--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
					"--push-studio.data-dir=" + folder,
					"--push-studio.sandbox.powerbi.faults.latency=" + sandboxLatency.toMillis() + "ms");
	}

	private void report(List<PostRowsLog.Request> requests, int mostAtOnce, UploadJob job, Duration total, long landed,
			boolean eachOnce) {
		long throttled = requests.stream().filter((request) -> request.status() == 429).count();
		Duration push = (job.pushStartedAt() != null && job.finishedAt() != null)
				? Duration.between(job.pushStartedAt(), job.finishedAt()) : total;
		Duration floor = floor(this.rows, this.latency);
		long sandboxNanos = requests.stream()
			.mapToLong((request) -> request.answeredNanos() - request.arrivedNanos())
			.sorted()
			.skip(requests.size() / 2)
			.findFirst()
			.orElse(0);
		System.out.printf(Locale.ROOT, "%n%,d rows, latency %s, Power BI: %s, after a warm-up upload of %,d rows%n",
				this.rows, seconds(this.latency),
				(this.powerBi == PowerBi.SANDBOX) ? "the sandbox (stores every row)" : "latency only", WARM_UP_ROWS);
		System.out.printf(Locale.ROOT, "  requests          %d (%d answered 429), at most %d in flight%n",
				requests.size(), throttled, mostAtOnce);
		System.out.printf(Locale.ROOT, "  time              %s pushing (%s from submitting, with the check)%n",
				seconds(push), seconds(total));
		System.out.printf(Locale.ROOT, "  floor             %s (%d requests of 10,000 rows, 5 pending, %s each)%n",
				seconds(floor), (this.rows + 9_999) / 10_000, seconds(this.latency));
		System.out.printf(Locale.ROOT, "  per request       median %.3f s at the server (latency included)%n",
				sandboxNanos / 1e9);
		if (!requests.isEmpty()) {
			long first = requests.get(0).arrivedNanos();
			long last = requests.stream().mapToLong(PostRowsLog.Request::answeredNanos).max().orElse(first);
			System.out.printf(Locale.ROOT,
					"  server span       %s from the first request's arrival to the last answer%n",
					seconds(Duration.ofNanos(last - first)));
			System.out.printf(Locale.ROOT, "  slot refills      %s%n", refills(requests));
			if (job.pushStartedAt() != null && job.finishedAt() != null) {
				// The job's instants on the nano clock the requests were timed with.
				long offset = System.nanoTime() - nanosOf(Instant.now());
				System.out.printf(Locale.ROOT,
						"  around requests   %s from the push's start to the first request, %s from the last"
								+ " answer to the job's end%n",
						seconds(Duration.ofNanos(first - (nanosOf(job.pushStartedAt()) + offset))),
						seconds(Duration.ofNanos(nanosOf(job.finishedAt()) + offset - last)));
			}
		}
		System.out.printf(Locale.ROOT, "  rows landed       %,d of %,d, %s; job %s%n", landed, this.rows,
				eachOnce ? "each once" : "NOT each once", job.state());
		System.out.printf(Locale.ROOT, "  ratio time/floor  %.2f (429s: %d)%n",
				push.toNanos() / (double) floor.toNanos(), throttled);
	}

	/**
	 * How soon after an answer the next request arrived, while the file had batches left:
	 * the application's own time per request.
	 */
	private static String refills(List<PostRowsLog.Request> requests) {
		List<Long> gaps = new java.util.ArrayList<>();
		List<Long> answers = requests.stream().map(PostRowsLog.Request::answeredNanos).sorted().toList();
		for (int i = 5; i < requests.size(); i++) {
			// The i-th request could go once the (i-5)-th answer had come.
			gaps.add(requests.get(i).arrivedNanos() - answers.get(i - 5));
		}
		if (gaps.isEmpty()) {
			return "n/a";
		}
		gaps.sort(null);
		return String.format(Locale.ROOT, "median %.1f ms, max %.1f ms after the answer that freed the slot",
				gaps.get(gaps.size() / 2) / 1e6, gaps.get(gaps.size() - 1) / 1e6);
	}

	private static long nanosOf(Instant instant) {
		return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
	}

	private static String seconds(Duration duration) {
		return String.format(Locale.ROOT, "%.3f s", duration.toNanos() / 1e9);
	}

	private static Duration max(Duration a, Duration b) {
		return (a.compareTo(b) >= 0) ? a : b;
	}

}
