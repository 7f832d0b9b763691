package com.pushstudio.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Tracing;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.ReducedMotion;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A headless Debian Chromium driven by Playwright, for the flows a person clicks through.
 * Playwright never downloads a browser here; a missing Chromium fails the test rather
 * than skipping it, so CI cannot pass without it.
 */
public final class Browser implements AutoCloseable {

	/** Where pictures of pages go, and what a failed test leaves beside them. */
	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	/**
	 * Where a failed test's Playwright traces go: every action, request and DOM snapshot
	 * of its windows ({@code npx playwright show-trace} or trace.playwright.dev).
	 */
	static final Path TRACES = Path.of("target", "playwright-traces");

	private static final Path CHROMIUM = Path.of(System.getProperty("chromium.path", "/usr/bin/chromium"));

	private final Playwright playwright;

	private final com.microsoft.playwright.Browser browser;

	private final String baseUrl;

	private Browser(Playwright playwright, com.microsoft.playwright.Browser browser, String baseUrl) {
		this.playwright = playwright;
		this.browser = browser;
		this.baseUrl = baseUrl;
	}

	/** A browser whose pages resolve relative addresses against the application's. */
	public static Browser launch(String baseUrl) {
		// Two shared cores under other builds: waiting as long as actions do beats
		// flaking.
		PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
		assertThat(Files.isExecutable(CHROMIUM))
			.as("Chromium is needed for browser tests: apt-get install chromium (looked for %s)", CHROMIUM)
			.isTrue();
		Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		var browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
						"--disable-background-networking", "--disable-component-update", "--disable-sync")));
		return new Browser(playwright, browser, baseUrl);
	}

	/**
	 * A fresh page with its own cookies, as a new private window; {@code navigate("/")}
	 * opens the application's home page.
	 */
	public Page newPage() {
		return newPage((options) -> {
		});
	}

	/**
	 * A fresh page that runs no script, as some people browse: pages must work without
	 * JavaScript, enhanced by it where it runs.
	 */
	public Page newPageWithoutJavaScript() {
		return newPage((options) -> options.setJavaScriptEnabled(false));
	}

	/**
	 * As {@link #newPage()}, the window set up further: a phone's viewport, a time zone,
	 * no JavaScript, a signed-in person's cookies.
	 */
	public Page newPage(Consumer<NewContextOptions> setUp) {
		NewContextOptions options = new NewContextOptions();
		setUp.accept(options);
		// Reduced motion turns off Bootstrap's smooth scrolling: a click scrolled its
		// button into view while the page still glided, and landed where the button had
		// been (seen in a trace: "element is not stable", click done, no request at all).
		// The standalone emulator's consent page comes with its self-signed certificate.
		BrowserContext context = this.browser.newContext(
				options.setBaseURL(this.baseUrl).setReducedMotion(ReducedMotion.REDUCE).setIgnoreHTTPSErrors(true));
		// Recorded for every window, kept only when the test fails (see saveTraces).
		context.tracing().start(new Tracing.StartOptions().setScreenshots(true).setSnapshots(true).setSources(false));
		Page page = context.newPage();
		page.setDefaultTimeout(20_000);
		return page;
	}

	/** Keeps the trace of every open window, for a test that failed. */
	void saveTraces(String name) {
		int n = 0;
		for (BrowserContext context : this.browser.contexts()) {
			context.tracing()
				.stop(new Tracing.StopOptions().setPath(TRACES.resolve("failed-" + name + "-" + (++n) + ".zip")));
		}
	}

	/**
	 * Pictures of every page still open, for a test that failed: what the person saw is
	 * the quickest way to why.
	 */
	void screenshotOpenPages(String name) {
		int n = 0;
		for (BrowserContext context : this.browser.contexts()) {
			for (Page page : context.pages()) {
				screenshot(page, "failed-" + name + "-" + (++n));
			}
		}
	}

	/** Closes the test's windows, so the next test starts with none. */
	void closePages() {
		for (BrowserContext context : this.browser.contexts()) {
			context.close();
		}
	}

	/** Keeps a picture of what the person saw, for the README and for failures. */
	public static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
	}

	@Override
	public void close() {
		this.browser.close();
		this.playwright.close();
	}

}
