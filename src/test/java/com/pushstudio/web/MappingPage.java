package com.pushstudio.web;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An upload's options, mapping and preview page: how the file is read (each option a
 * labelled select), which column feeds which, the first rows as Power BI will show them.
 */
public final class MappingPage {

	private static final Pattern ADDRESS = Pattern.compile(".*/uploads/([^/?#]+)/mapping$");

	private final Page page;

	private final String id;

	private MappingPage(Page page) {
		this.page = page;
		Matcher url = ADDRESS.matcher(page.url());
		Assertions.assertThat(url.matches()).as("mapping page address %s", page.url()).isTrue();
		this.id = url.group(1);
	}

	/** From a dataset's page: the table's upload link, the file, Upload file. */
	public static MappingPage upload(Page page, String table, Path file) {
		Navigation.follow(page,
				page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Upload a CSV into " + table)));
		return uploadHere(page, file);
	}

	/** On a table's upload page: the file, Upload file. */
	public static MappingPage uploadHere(Page page, Path file) {
		page.getByLabel("CSV file").setInputFiles(file);
		Navigation.submit(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload file")));
		return new MappingPage(page);
	}

	/** The page as it is now, once a step has landed on it. */
	static MappingPage at(Page page) {
		return new MappingPage(page);
	}

	public String id() {
		return this.id;
	}

	public Page page() {
		return this.page;
	}

	/** Picks an option by its label, such as "Encoding", and its value or text. */
	public MappingPage choose(String option, String value) {
		this.page.getByLabel(option, new Page.GetByLabelOptions().setExact(true)).selectOption(value);
		return this;
	}

	public Locator option(String option) {
		return this.page.getByLabel(option, new Page.GetByLabelOptions().setExact(true));
	}

	/** Reads the file again with the options chosen. */
	public MappingPage updatePreview() {
		Navigation.submit(this.page, button("Update preview"));
		return new MappingPage(this.page);
	}

	public ProgressPage checkAndPush() {
		Navigation.submit(this.page, button("Check and push"));
		return ProgressPage.at(this.page);
	}

	/** What stops the file from being read with these options. */
	public Locator problems() {
		return this.page.getByTestId("file-problems");
	}

	public Locator preview() {
		return this.page.getByTestId("preview");
	}

	/** The cells of preview row {@code n}, from 1, without the line number. */
	public Locator previewRow(int n) {
		return preview().getByRole(AriaRole.ROW).nth(n).getByRole(AriaRole.CELL);
	}

	public Locator button(String name) {
		return this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	/** The page shows a readable file: its preview and the button that pushes it. */
	public MappingPage assertReadable() {
		assertThat(this.problems()).isHidden();
		assertThat(button("Check and push")).isVisible();
		return this;
	}

}
