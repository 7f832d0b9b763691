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
 * Arguments, all optional: limits as {@code requests/window} (default {@code 120/2s
 * 60/1s}), {@code --windows=N} (default 25), {@code --rows-per-post=N} (default 50).
 */
public final class PushPacingBenchmark {

	private PushPacingBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int windows = 25;
		int rowsPerPost = 50;
		List<Limit> limits = new ArrayList<>();
		for (String arg : args) {
			if (arg.startsWith("--windows=")) {
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
			limits = List.of(new Limit(120, Duration.ofSeconds(2)), new Limit(60, Duration.ofSeconds(1)));
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

	private static UploadJob awaitEnd(UploadFlows flows, String id, Duration timeout) throws InterruptedException {
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
		long[] accepted = seen.stream()
			.filter((request) -> request.status() / 100 == 2)
			.mapToLong(PostRowsLog.Request::arrivedNanos)
			.toArray();
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
		System.out.printf(Locale.ROOT, "  slot lag            %s (request n+%d after request n + %s)%n",
				lag(accepted, limit.requests(), windowNanos), limit.requests(), format(limit.window()));
		System.out.printf(Locale.ROOT, "  time per request    %s%n", timePerRequest(seen));
		System.out.printf(Locale.ROOT, "  rows landed         %,d of %,d in the file, %s%n", stored.size(), rows,
				stored.equals(UploadFlows.ids(1, rows)) ? "each once, in file order" : "NOT the file's rows in order");
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
	 * How late each request after the first window came against the earliest the window
	 * allowed it: the pacer's own cost per window.
	 */
	private static String lag(long[] accepted, int requests, long windowNanos) {
		if (accepted.length <= requests) {
			return "n/a";
		}
		long[] lags = new long[accepted.length - requests];
		for (int i = requests; i < accepted.length; i++) {
			lags[i - requests] = accepted[i] - accepted[i - requests] - windowNanos;
		}
		Arrays.sort(lags);
		return String.format(Locale.ROOT, "min %.1f ms, median %.1f ms, p99 %.1f ms, max %.1f ms", lags[0] / 1e6,
				lags[lags.length / 2] / 1e6, lags[(int) (lags.length * 0.99)] / 1e6, lags[lags.length - 1] / 1e6);
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
