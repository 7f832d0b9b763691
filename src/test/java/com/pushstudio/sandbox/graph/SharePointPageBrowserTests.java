package com.pushstudio.sandbox.graph;

import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.pushstudio.web.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person on the sandbox's SharePoint page adds a list, adds, changes and deletes items
 * and forces a resync, and each shows in the Graph API afterwards.
 */
@SandboxGraphTest
class SharePointPageBrowserTests extends SandboxGraphTestSupport {

	private static Browser browser;

	@BeforeAll
	static void launch() {
		browser = Browser.launch("http://localhost");
	}

	@AfterAll
	static void close() {
		browser.close();
	}

	@Test
	void aPersonAddsAListChangesItsItemsAndForcesAResyncAndTheApiShowsEach() {
		Page page = browser.newPage();
		page.navigate("http://localhost:" + this.port + "/sandbox/sharepoint");
		String name = "Page list " + UUID.randomUUID().toString().substring(0, 8);

		Locator addList = form(page, "Add a list");
		addList.getByLabel("Site")
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Projects"));
		addList.getByLabel("Name").fill(name);
		addList.getByLabel("Generated items").fill("3");
		submit(page, addList, "Add a list");
		assertThat(page.getByRole(AriaRole.STATUS)).containsText(name);
		String site = projectsSiteId();
		String list = listId(site, name);
		String items = "/sites/" + site + "/lists/" + list + "/items?expand=fields";
		assertThat(this.graph.get(items).value()).hasSize(3);
		String deltaLink = this.graph.delta("/sites/" + site + "/lists/" + list + "/items/delta").deltaLink();

		Locator addItem = form(page, "Add an item");
		addItem.getByLabel("List").selectOption(list);
		addItem.getByLabel("Title").fill("Added by hand");
		addItem.getByLabel("Hours").fill("2.5");
		submit(page, addItem, "Add an item");
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Item 4 was added");
		var added = this.graph.get("/sites/" + site + "/lists/" + list + "/items/4?expand=fields").json();
		assertThat(added.path("fields").path("Title").asString()).isEqualTo("Added by hand");
		assertThat(added.path("fields").path("Hours").asDouble()).isEqualTo(2.5);

		Locator change = form(page, "Change an item");
		change.getByLabel("List").selectOption(list);
		change.getByLabel("Item id").fill("1");
		change.getByLabel("Title").fill("Changed by hand");
		change.getByLabel("Hours").fill("9");
		submit(page, change, "Change an item");
		var changed = this.graph.get("/sites/" + site + "/lists/" + list + "/items/1?expand=fields").json();
		assertThat(changed.path("fields").path("Title").asString()).isEqualTo("Changed by hand");
		assertThat(changed.path("fields").path("Hours").asDouble()).isEqualTo(9.0);

		Locator delete = form(page, "Delete an item");
		delete.getByLabel("List").selectOption(list);
		delete.getByLabel("Item id").fill("2");
		submit(page, delete, "Delete an item");
		assertThat(this.graph.get(items).value()).extracting((item) -> item.path("id").asString())
			.containsExactly("1", "3", "4");
		assertThat(this.graph.delta(deltaLink).ids()).containsExactlyInAnyOrder("4", "1", "2");

		Locator resync = form(page, "Force a resync (410)");
		resync.getByLabel("List").selectOption(list);
		submit(page, resync, "Force a resync (410)");
		assertThat(this.graph.get(deltaLink).status()).isEqualTo(410);
	}

	@Test
	void hoursThatAreNotANumberAreRefusedAndChangeNothing() {
		Page page = browser.newPage();
		page.navigate("http://localhost:" + this.port + "/sandbox/sharepoint");
		String site = projectsSiteId();
		String list = listId(site, "Project 03");
		List<String> before = this.graph.get("/sites/" + site + "/lists/" + list + "/items?$top=999")
			.value()
			.stream()
			.map((item) -> item.path("id").asString())
			.toList();
		Locator addItem = form(page, "Add an item");
		addItem.getByLabel("List").selectOption(list);
		addItem.getByLabel("Title").fill("Not added");
		addItem.getByLabel("Hours").fill("lots");
		submit(page, addItem, "Add an item");
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Hours must be a number");
		assertThat(this.graph.get("/sites/" + site + "/lists/" + list + "/items?$top=999").value())
			.extracting((item) -> item.path("id").asString())
			.isEqualTo(before);
	}

	private static Locator form(Page page, String heading) {
		return page.locator("form")
			.filter(new Locator.FilterOptions()
				.setHas(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(heading).setExact(true))));
	}

	/** Posts the form and waits for the page it redirects to. */
	private static void submit(Page page, Locator form, String button) {
		page.waitForResponse(
				(response) -> response.url().contains("/sandbox/sharepoint?")
						&& response.request().method().equals("GET"),
				() -> form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(button).setExact(true))
					.click());
	}

}
