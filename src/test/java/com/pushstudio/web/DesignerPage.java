package com.pushstudio.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import org.assertj.core.api.Assertions;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The dataset designer as a person uses it: each table is a fieldset "Table N", each
 * column a "Column N name" and "Column N type"; every button posts the whole form back,
 * the row edits in place.
 */
public final class DesignerPage {

	private static final Pattern DATASET_PAGE = Pattern.compile(".*/datasets/([^/?#]+)$");

	private static final Pattern DATASETS = Pattern.compile(".*/datasets$");

	private static final Pattern NEW_DATASET = Pattern.compile(".*/datasets/new$");

	/**
	 * Notes the end of the next htmx swap: its new content is in the page and its
	 * autofocus applied.
	 */
	private static final String SETTLE_WATCH = """
			() => {
			  window.psSettled = false;
			  document.body.addEventListener('htmx:afterSettle', () => { window.psSettled = true; }, { once: true });
			}""";

	private final Page page;

	/** Documents the main frame has committed: a new one means the old one is gone. */
	private final AtomicInteger documents = new AtomicInteger();

	/** Whether the page runs htmx, which sends row edits in place. */
	private final boolean inPlace;

	private DesignerPage(Page page, boolean inPlace) {
		this.page = page;
		this.inPlace = inPlace;
		page.onFrameNavigated((frame) -> {
			if (frame == page.mainFrame()) {
				this.documents.incrementAndGet();
			}
		});
	}

	/** From anywhere in the app: Datasets, then New dataset. */
	public static DesignerPage open(Page page) {
		return open(page, true);
	}

	/**
	 * As {@link #open(Page)}, in a window that runs no script: every button loads the
	 * page anew.
	 */
	public static DesignerPage openWithoutJavaScript(Page page) {
		return open(page, false);
	}

	private static DesignerPage open(Page page, boolean inPlace) {
		page.getByRole(AriaRole.BANNER)
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Datasets").setExact(true))
			.click();
		page.waitForURL(DATASETS);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New dataset")).click();
		page.waitForURL(NEW_DATASET);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("New dataset"))).isVisible();
		return new DesignerPage(page, inPlace);
	}

	public DesignerPage name(String name) {
		this.page.getByLabel("Dataset name").fill(name);
		return this;
	}

	public Locator table(int number) {
		return this.page.getByRole(AriaRole.GROUP,
				new Page.GetByRoleOptions().setName("Table " + number).setExact(true));
	}

	public DesignerPage tableName(int table, String name) {
		table(table).getByLabel("Table name").fill(name);
		return this;
	}

	public Locator columnName(int table, int column) {
		return table(table).getByLabel("Column " + column + " name", new Locator.GetByLabelOptions().setExact(true));
	}

	public Locator columnType(int table, int column) {
		return table(table).getByLabel("Column " + column + " type", new Locator.GetByLabelOptions().setExact(true));
	}

	/**
	 * Types into column row {@code column}, pressing "Add column" first if the row is
	 * new.
	 */
	public DesignerPage column(int table, int column, String name, String type) {
		if (column > 1 && columnName(table, column).count() == 0) {
			press(table(table), "Add column");
			assertThat(columnName(table, column)).isVisible();
		}
		columnName(table, column).fill(name);
		columnType(table, column).selectOption(type);
		return this;
	}

	/** A table with its columns as "Name:Type" pairs. */
	public DesignerPage table(int table, String name, String... columns) {
		if (table > 1 && table(table).count() == 0) {
			press(this.page.locator("body"), "Add table");
			assertThat(table(table)).isVisible();
		}
		tableName(table, name);
		for (int c = 0; c < columns.length; c++) {
			String[] column = columns[c].split(":");
			column(table, c + 1, column[0], column[1]);
		}
		return this;
	}

	/**
	 * Presses a button and waits for what the press causes. A row edit (a button with
	 * {@code hx-post}) is sent by htmx and swaps the form in place: wait for its answer,
	 * then for htmx to settle the new form. Any other button submits the form: wait for
	 * the answer to its POST, then the document that answer makes, loaded. Waiting on a
	 * load state after the click alone raced on a starved machine: the click could return
	 * before the submission started, the old document was already loaded, and the next
	 * step read or clicked the outgoing page (a lost "Add column", then a wait in vain
	 * for a page that never came). The POST must carry the button's action: a submission
	 * without one only re-renders the form, which looks like nothing happened.
	 */
	public void press(Locator within, String button) {
		Locator target = within.getByRole(AriaRole.BUTTON,
				new Locator.GetByRoleOptions().setName(button).setExact(true));
		String action = target.getAttribute("value");
		Response answer;
		if (this.inPlace && target.getAttribute("hx-post") != null) {
			this.page.evaluate(SETTLE_WATCH);
			answer = this.page.waitForResponse((response) -> "POST".equals(response.request().method())
					&& "true".equals(response.request().headerValue("hx-request")), target::click);
			this.page.waitForFunction("() => window.psSettled === true");
		}
		else {
			int before = this.documents.get();
			answer = this.page.waitForResponse((response) -> response.request().isNavigationRequest()
					&& "POST".equals(response.request().method()), target::click);
			this.page.waitForCondition(() -> this.documents.get() > before);
			this.page.waitForLoadState(LoadState.LOAD);
		}
		if (action != null) {
			Assertions.assertThat(answer.request().postData())
				.as("the form posted for %s", button)
				.contains("action=" + URLEncoder.encode(action, StandardCharsets.UTF_8));
		}
	}

	/** Creates the dataset and answers its id, from the dataset page it lands on. */
	public String create(String datasetName) {
		press(this.page.locator("body"), "Create dataset");
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(datasetName).setLevel(1)))
			.isVisible();
		Matcher url = DATASET_PAGE.matcher(this.page.url());
		Assertions.assertThat(url.matches()).as("dataset page address %s", this.page.url()).isTrue();
		return url.group(1);
	}

}
