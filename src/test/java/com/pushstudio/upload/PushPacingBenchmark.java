package com.pushstudio.upload;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.pushstudio.PushStudioApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How much of Power BI's Post Rows request limit an upload uses. Starts the application
 * in sandbox mode with the sandbox's request window and the app's pacer compressed to the
 * same limit, pushes a file that spans many windows in small batches (so the request
 * limit, not the row limit, binds), and prints the requests the sandbox saw against the
 * most a sliding window allows over that time, the 429s, and the rows that landed. Not a
 * test: run with {@code ./mvnw -q -Pbenchmark process-test-classes -Dbenchmark=push}.
 *
 * <p>
 * Arguments, all optional: limits as {@code requests/window} (default {@code 60/5s
 * 10/1s}), {@code --windows=N} (default 20), {@code --rows-per-post=N} (default 50).
 *
 * <p>
 * With {@code --latency=0.2s,1s,2s} it runs {@link PushLatencyRun} instead, at Power BI's
 * documented limits: a file of {@code --rows=N} rows (default 200,000) with every Post
 * Rows held that long, timed against the least time Power BI's limits allow at that
 * latency ({@code ratio time/floor}); against the sandbox, and against a Power BI that
 * costs only the latency ({@code --power-bi=sandbox} or {@code --power-bi=latency-only}
 * for one of them).
 */
public final class PushPacingBenchmark {

	private PushPacingBenchmark() {
	}

	public static void main(String[] commandLine) throws Exception {
		String[] args = BenchmarkArgs.of(commandLine);
		int windows = 20;
		int rowsPerPost = 50;
		int rows = 200_000;
		List<Duration> latencies = new ArrayList<>();
		List<PushLatencyRun.PowerBi> powerBis = List.of(PushLatencyRun.PowerBi.values());
		List<Limit> limits = new ArrayList<>();
		for (String arg : args) {
			if (arg.startsWith("--latency=")) {
				for (String latency : arg.substring("--latency=".length()).split(",")) {
					latencies.add(duration(latency));
				}
			}
			else if (arg.startsWith("--power-bi=")) {
				powerBis = List.of(PushLatencyRun.PowerBi
					.valueOf(arg.substring("--power-bi=".length()).toUpperCase(Locale.ROOT).replace('-', '_')));
			}
			else if (arg.startsWith("--rows=")) {
				rows = Integer.parseInt(arg.substring("--rows=".length()).replace("_", "").replace(",", ""));
			}
			else if (arg.startsWith("--windows=")) {
				windows = Integer.parseInt(arg.substring("--windows=".length()));
			}
			else if (arg.startsWith("--rows-per-post=")) {
				rowsPerPost = Integer.parseInt(arg.substring("--rows-per-post=".length()));
			}
			else {
				limits.add(Limit.parse(arg));
			}
		}
		if (limits.isEmpty()) {
			// Request rates this application keeps up with on a shared 2-core machine
			// (about 30 ms a request, most of it the sandbox's): the limit must bind, or
			// the run measures speed, not pacing.
			limits = List.of(new Limit(60, Duration.ofSeconds(5)), new Limit(10, Duration.ofSeconds(1)));
		}
		if (!latencies.isEmpty()) {
			System.out.printf(Locale.ROOT, "Post Rows in flight against the sandbox, JDK %s, %d cores, load %s%n",
					Runtime.version(), Runtime.getRuntime().availableProcessors(), load());
			for (PushLatencyRun.PowerBi powerBi : powerBis) {
				for (Duration latency : latencies) {
					new PushLatencyRun(rows, latency, powerBi).run();
					System.out.printf(Locale.ROOT, "  machine load      %s%n", load());
				}
			}
			return;
		}
		System.out.printf(Locale.ROOT, "Post Rows pacing against the sandbox, JDK %s, %d cores%n", Runtime.version(),
				Runtime.getRuntime().availableProcessors());
		for (Limit limit : limits) {
			run(limit, windows, rowsPerPost);
		}
	}

	private static void run(Limit limit, int windows, int rowsPerPost) throws Exception {
		int rows = limit.requests() * windows * rowsPerPost;
		PostRowsLog log = new PostRowsLog();
		try (ConfigurableApplicationContext context = start(limit, rowsPerPost, log)) {
			UploadFlows flows = new UploadFlows(context);
			String dataset = flows.createDataset();
			Instant started = Instant.now();
			String id = flows.start(dataset, UploadFlows.csv(rows), false);
			UploadJob job = awaitEnd(flows, id, limit.window().multipliedBy(windows * 3L).plusSeconds(60));
			Duration jobTime = Duration.between(started, Instant.now());
			List<Long> stored = flows.storedIds(dataset);
			report(limit, windows, rowsPerPost, rows, log.requests(), job, jobTime, stored);
		}
	}

	private static ConfigurableApplicationContext start(Limit limit, int rowsPerPost, PostRowsLog log) {
		String window = limit.window().toMillis() + "ms";
		return new SpringApplicationBuilder(PushStudioApplication.class, UploadTestConfig.class)
			.initializers((context) -> context.getBeanFactory().registerSingleton("postRowsLog", log))
			.run("--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
					"--push-studio.data-dir=" + Path.of("target", "benchmark", "push-" + UUID.randomUUID()),
					"--push-studio.upload.limits.rows-per-post=" + rowsPerPost,
					"--push-studio.upload.limits.requests-per-window=" + limit.requests(),
					"--push-studio.upload.limits.request-window=" + window,
					"--push-studio.sandbox.powerbi.limits.requests-per-window=" + limit.requests(),
					"--push-studio.sandbox.powerbi.limits.request-window=" + window);
	}

	static UploadJob awaitEnd(UploadFlows flows, String id, Duration timeout) throws InterruptedException {
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			UploadJob job = flows.job(id);
			if (job.state() == JobState.DONE || job.state() == JobState.FAILED || job.state() == JobState.PAUSED
					|| job.state() == JobState.NEEDS_DECISION || job.state() == JobState.WAITING_FOR_CHOICE) {
				return job;
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("Upload " + id + " did not end within " + timeout);
	}

	private static void report(Limit limit, int windows, int rowsPerPost, int rows, List<PostRowsLog.Request> seen,
			UploadJob job, Duration jobTime, List<Long> stored) {
		long windowNanos = limit.window().toNanos();
		List<PostRowsLog.Request> ok = seen.stream().filter((request) -> request.status() / 100 == 2).toList();
		long[] accepted = ok.stream().mapToLong(PostRowsLog.Request::arrivedNanos).toArray();
		long throttled = seen.stream().filter((request) -> request.status() == 429).count();
		long elapsed = (accepted.length > 0) ? accepted[accepted.length - 1] - accepted[0] : 0;
		// A sliding window lets N through in any window-long interval, so over [0, T] at
		// most N * (floor(T / W) + 1): bursts of N at 0, W, 2W, ...
		long allowed = limit.requests() * (elapsed / windowNanos + 1);
		System.out.printf(Locale.ROOT, "%n%d requests per %s, %d rows per post, %,d rows (%d windows)%n",
				limit.requests(), format(limit.window()), rowsPerPost, rows, windows);
		System.out.printf(Locale.ROOT, "  requests sent       %,d (accepted %,d, other answers %,d)%n", seen.size(),
				accepted.length, seen.size() - accepted.length - throttled);
		System.out.printf(Locale.ROOT, "  answered 429        %,d%n", throttled);
		System.out.printf(Locale.ROOT,
				"  elapsed             %.3f s (first to last accepted request, at the sandbox)%n", elapsed / 1e9);
		System.out.printf(Locale.ROOT, "  allowed at most     %,d (%d x %d windows started in that time)%n", allowed,
				limit.requests(), elapsed / windowNanos + 1);
		System.out.printf(Locale.ROOT, "  share used          %.2f %%%n", 100.0 * accepted.length / allowed);
		System.out.printf(Locale.ROOT, "  sustained pace      %s%n",
				sustained(accepted, limit.requests(), windowNanos));
		System.out.printf(Locale.ROOT, "  slot lag            %s%n", lag(ok, limit.requests(), windowNanos));
		System.out.printf(Locale.ROOT, "  bound by            %s%n", boundBy(ok, limit.requests(), windowNanos));
		System.out.printf(Locale.ROOT, "  time per request    %s%n", timePerRequest(seen));
		System.out.printf(Locale.ROOT, "  rows landed         %,d of %,d in the file, %s%n", stored.size(), rows,
				stored.equals(UploadFlows.ids(1, rows)) ? "each once, in file order"
						: (sorted(stored).equals(UploadFlows.ids(1, rows)) ? "each once, not in file order"
								: "NOT the file's rows each once"));
		System.out.printf(Locale.ROOT, "  job                 %s in %.1f s%s%n", job.state(), jobTime.toMillis() / 1e3,
				(job.message() != null) ? ": " + job.message() : "");
	}

	/**
	 * Where the time between requests goes: in the sandbox (arrival to answer), and in
	 * the application between an answer and the next request (pacing waits included).
	 */
	private static String timePerRequest(List<PostRowsLog.Request> seen) {
		if (seen.size() < 2) {
			return "n/a";
		}
		long[] sandbox = seen.stream()
			.mapToLong((request) -> request.answeredNanos() - request.arrivedNanos())
			.toArray();
		long[] between = new long[seen.size() - 1];
		for (int i = 1; i < seen.size(); i++) {
			between[i - 1] = seen.get(i).arrivedNanos() - seen.get(i - 1).answeredNanos();
		}
		return "sandbox " + spread(sandbox) + "; app between answer and next request " + spread(between);
	}

	private static String spread(long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return String.format(Locale.ROOT, "median %.1f ms, mean %.1f ms", sorted[sorted.length / 2] / 1e6,
				Arrays.stream(sorted).average().orElse(0) / 1e6);
	}

	/**
	 * The share without the last window's rounding: the k-th window's first request could
	 * have gone at k windows after the first request; how close it came.
	 */
	private static String sustained(long[] accepted, int requests, long windowNanos) {
		int k = (accepted.length - 1) / requests;
		if (k == 0) {
			return "n/a";
		}
		long took = accepted[k * requests] - accepted[0];
		return String.format(Locale.ROOT, "%.2f %% (window %d opened after %.3f s; %d x %.3f s at best)",
				100.0 * k * windowNanos / took, k + 1, took / 1e9, k, windowNanos / 1e9);
	}

	/**
	 * How late request n+N came after request n plus a window: measured from n's arrival
	 * (what the share loses per window) and from n's answer (where the pacer counts from,
	 * so the pacer's and the application's own delay).
	 */
	private static String lag(List<PostRowsLog.Request> accepted, int requests, long windowNanos) {
		if (accepted.size() <= requests) {
			return "n/a";
		}
		long[] fromArrival = new long[accepted.size() - requests];
		long[] fromAnswer = new long[fromArrival.length];
		for (int i = requests; i < accepted.size(); i++) {
			long start = accepted.get(i).arrivedNanos() - windowNanos;
			fromArrival[i - requests] = start - accepted.get(i - requests).arrivedNanos();
			fromAnswer[i - requests] = start - accepted.get(i - requests).answeredNanos();
		}
		return "after request n-" + requests + "'s arrival + window " + percentiles(fromArrival) + "\n"
				+ "                      after its answer + window " + percentiles(fromAnswer);
	}

	/**
	 * The limit binds when requests wait for their slot; the application's own speed when
	 * a request comes well after its slot opened (here: later than a tenth of a window).
	 */
	private static String boundBy(List<PostRowsLog.Request> accepted, int requests, long windowNanos) {
		int late = 0;
		for (int i = requests; i < accepted.size(); i++) {
			if (accepted.get(i).arrivedNanos() - accepted.get(i - requests).answeredNanos() > windowNanos * 11 / 10) {
				late++;
			}
		}
		int paced = Math.max(0, accepted.size() - requests);
		return (late * 20 < paced) ? "the limit (" + late + " of " + paced + " requests came later than their slot)"
				: "the application's own speed: " + late + " of " + paced
						+ " requests came a tenth of a window or more after their slot opened; choose a lower limit";
	}

	private static String percentiles(long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return String.format(Locale.ROOT, "min %.1f ms, median %.1f ms, p99 %.1f ms, max %.1f ms", sorted[0] / 1e6,
				sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6,
				sorted[sorted.length - 1] / 1e6);
	}

	private static List<Long> sorted(List<Long> ids) {
		List<Long> sorted = new ArrayList<>(ids);
		sorted.sort(null);
		return sorted;
	}

	/** {@code 200ms}, {@code 0.2s} or {@code 2s}. */
	static Duration duration(String text) {
		String value = text.trim().toLowerCase(Locale.ROOT);
		if (value.endsWith("ms")) {
			return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
		}
		return Duration.ofMillis(new java.math.BigDecimal(value.replace("s", "")).movePointRight(3).longValueExact());
	}

	/** The 1, 5 and 15 minute load averages: other work on the machine shows here. */
	private static String load() {
		try {
			String[] parts = java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ");
			return parts[0] + " " + parts[1] + " " + parts[2];
		}
		catch (java.io.IOException | RuntimeException ex) {
			return "unknown";
		}
	}

	private static String format(Duration duration) {
		return (duration.toMillis() % 1000 == 0) ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
	}

	/** {@code requests} Post Rows requests per {@code window}, as {@code 120/2s}. */
	record Limit(int requests, Duration window) {

		static Limit parse(String text) {
			String[] parts = text.split("/");
			String window = parts[1].trim().toLowerCase(Locale.ROOT);
			Duration length = window.endsWith("ms") ? Duration.ofMillis(Long.parseLong(window.replace("ms", "")))
					: Duration.ofSeconds(Long.parseLong(window.replace("s", "")));
			return new Limit(Integer.parseInt(parts[0].trim()), length);
		}

	}

}
