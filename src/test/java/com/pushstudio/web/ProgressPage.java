package com.pushstudio.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An upload's own page: its state, counts and progress, refreshed by the page itself
 * while a worker moves it on; the error report and its choices; Cancel.
 */
public final class ProgressPage {

	private static final Pattern ADDRESS = Pattern.compile(".*/uploads/([^/?#]+)$");

	private final Page page;

	private final String id;

	private ProgressPage(Page page) {
		this.page = page;
		Matcher url = ADDRESS.matcher(page.url());
		Assertions.assertThat(url.matches()).as("upload page address %s", page.url()).isTrue();
		this.id = url.group(1);
	}

	/** The upload page shown now. */
	public static ProgressPage of(Page page) {
		return new ProgressPage(page);
	}

	static ProgressPage at(Page page) {
		return new ProgressPage(page);
	}

	public String id() {
		return this.id;
	}

	public Page page() {
		return this.page;
	}

	public Locator state() {
		return this.page.getByTestId("state");
	}

	/** Waits, as long as a push of some thousand rows may take, for the state named. */
	public ProgressPage awaitState(String state) {
		assertThat(state()).hasText(state, new LocatorAssertions.HasTextOptions().setTimeout(180_000));
		return this;
	}

	public Locator errors() {
		return this.page.getByTestId("errors");
	}

	public Locator waitReason() {
		return this.page.getByTestId("wait-reason");
	}

	/** The value beside a term of the counts, such as "Time left". */
	public Locator count(String term) {
		return this.page.getByTestId("counts")
			.locator("dt", new Locator.LocatorOptions().setHasText(term))
			.locator("xpath=following-sibling::dd[1]");
	}

	/** From the error report back to the options, nothing sent. */
	public MappingPage changeHowTheFileIsRead() {
		Navigation.submit(this.page, button("Change how the file is read"));
		return MappingPage.at(this.page);
	}

	/**
	 * Cancels the upload. The one place a confirmation step before Cancel changes the
	 * flows.
	 */
	public ProgressPage cancel() {
		// Cancel asks first, on a page of its own that says what becomes of the rows.
		Navigation.follow(this.page, this.page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Cancel upload").setExact(true)));
		Navigation.submit(this.page, button("Cancel the upload"));
		return new ProgressPage(this.page);
	}

	public Locator button(String name) {
		return this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}
