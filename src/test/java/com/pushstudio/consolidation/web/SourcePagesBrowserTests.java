package com.pushstudio.consolidation.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.pushstudio.consolidation.ListPreview;
import com.pushstudio.consolidation.ListRule;
import com.pushstudio.consolidation.SharePointSources;
import com.pushstudio.consolidation.SourceDraft;
import com.pushstudio.consolidation.SourceView;
import com.pushstudio.consolidation.SyncRunView;
import com.pushstudio.consolidation.SyncSchedule;
import com.pushstudio.graph.SharePointList;
import com.pushstudio.graph.Site;
import com.pushstudio.web.Browser;
import com.pushstudio.web.BrowserTest;
import com.pushstudio.web.DesignerPage;
import com.pushstudio.web.Navigation;
import com.pushstudio.web.SignedInPerson;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

/**
 * The source pages in a real browser, over the real application with the source service
 * stood in for: on a phone none is wider than the window, every field has its label, the
 * browser's zone reaches the new source, and the source page follows a sync until it ends
 * without a reload. The whole flow against the sandbox is
 * {@code SharePointSourceBrowserTests}.
 */
@BrowserTest
class SourcePagesBrowserTests {

	private static final String LONG = "Quarterly-engineering-time-tracking-for-the-northern-region-without-spaces";

	@MockitoBean
	SharePointSources sources;

	@Test
	void everySourcePageFitsAPhoneAndLabelsEveryField(Browser browser) {
		Site site = new Site("contoso.example,site-1,web-1", "projects", "Projects",
				"https://contoso.example/sites/projects/" + LONG);
		given(this.sources.sourceOf(anyString(), anyString(), anyString(), anyString())).willReturn(Optional.empty());
		given(this.sources.searchSites(anyString(), eq("Projects"))).willReturn(List.of(site));
		given(this.sources.site(anyString(), eq(site.id()))).willReturn(site);
		given(this.sources.lists(anyString(), eq(site.id())))
			.willReturn(List.of(new SharePointList("list-1", null, "Project " + LONG, null, false, "genericList"),
					new SharePointList("list-2", null, "Project odd", null, false, "genericList")));
		given(this.sources.preview(anyString(), any())).willAnswer((call) -> previews(call.getArgument(1)));
		given(this.sources.create(anyString(), any())).willReturn("src-1");
		given(this.sources.view(anyString(), eq("src-1"))).willReturn(view("src-1", false));
		List<String> tooWide = new ArrayList<>();

		Page page = SignedInPerson.ada(browser, (window) -> window.setTimezoneId("Europe/Oslo"));
		DesignerPage.open(page)
			.name("Phone projects")
			.table(1, "Hours", "Title:String", "Hours:Double", "List:String")
			.create("Phone projects");
		page.setViewportSize(390, 844);
		Navigation.follow(page, page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Keep SharePoint lists in Hours").setExact(true)));
		page.getByLabel("Site name").fill("Projects");
		Navigation.follow(page, button(page, "Search"));
		check(page, "sites", tooWide);
		Navigation.follow(page, button(page, "Use this site: Projects"));
		assertThat(page.getByLabel("Site time zone")).hasValue("Europe/Oslo");
		check(page, "lists", tooWide);
		page.getByLabel("Lists whose name matches").check();
		page.getByLabel("Name pattern").fill("Project *");
		Navigation.submit(page, button(page, "Preview"));
		assertThat(page.getByTestId("preview")).containsText(LONG);
		check(page, "preview", tooWide);
		page.getByLabel("When").selectOption("HOURLY");
		Navigation.submit(page, button(page, "Create source"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("SharePoint lists in Hours");
		check(page, "source", tooWide);
		Navigation.follow(page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Remove source")));
		check(page, "remove", tooWide);

		ArgumentCaptor<SourceDraft> draft = ArgumentCaptor.forClass(SourceDraft.class);
		then(this.sources).should().create(anyString(), draft.capture());
		Assertions.assertThat(draft.getValue().rule())
			.isEqualTo(new ListRule(ListRule.Kind.NAME_PATTERN, null, "Project *", null));
		Assertions.assertThat(draft.getValue().siteTimeZone()).isEqualTo(ZoneId.of("Europe/Oslo"));
		Assertions.assertThat(draft.getValue().schedule())
			.isEqualTo(new SyncSchedule(SyncSchedule.Kind.HOURLY, 0, null, ZoneId.of("Europe/Oslo")));
		Assertions.assertThat(tooWide).as("pages wider than the phone, or fields without a label").isEmpty();
	}

	@Test
	void theSourcePageFollowsASyncUntilItEnds(Browser browser) {
		AtomicBoolean ended = new AtomicBoolean();
		given(this.sources.view(anyString(), eq("src-2"))).willAnswer((call) -> view("src-2", !ended.get()));
		Page page = SignedInPerson.ada(browser);
		page.navigate("/sources/src-2");
		assertThat(page.getByTestId("status")).containsText("A sync is queued or running.");
		assertThat(page.getByTestId("upload-job")).hasAttribute("href", "/uploads/job-5");

		ended.set(true);
		assertThat(page.getByTestId("status")).containsText("No sync is running.");
		assertThat(page.getByTestId("history").getByTestId("outcome")).hasText("OK");
		assertThat(page.locator("#source-status")).not().hasAttribute("hx-get", java.util.regex.Pattern.compile(".*"));
	}

	/**
	 * Measures the page as the browser laid it out, and finds controls no label names;
	 * keeps going, so one run names every page at fault.
	 */
	private static void check(Page page, String what, List<String> faults) {
		Browser.screenshot(page, "source-narrow-" + what);
		@SuppressWarnings("unchecked")
		List<Number> widths = (List<Number>) page
			.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]");
		if (widths.get(0).intValue() > widths.get(1).intValue()) {
			faults.add(what + ": " + widths.get(0) + " px wide");
		}
		@SuppressWarnings("unchecked")
		List<String> unlabelled = (List<String>) page.evaluate("""
				() => [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
				  .filter((c) => c.labels.length === 0 && !c.getAttribute('aria-label'))
				  .map((c) => c.id || c.name)""");
		unlabelled.forEach((control) -> faults.add(what + ": no label for " + control));
	}

	private static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private static List<ListPreview> previews(SourceDraft draft) {
		boolean rule = draft.rule().kind() == ListRule.Kind.NAME_PATTERN;
		List<String> headers = IntStream.rangeClosed(1, 12).mapToObj((c) -> "Column " + c).toList();
		return List.of(
				new ListPreview("list-1", "Project " + LONG, null, rule, true, null, headers,
						List.of(IntStream.rangeClosed(1, 12).mapToObj((c) -> "value " + c).toList()), List.of()),
				new ListPreview("list-2", "Project odd", null, rule, false, "has no column Hours: " + LONG, List.of(),
						List.of(), List.of("item 7, column Due: " + LONG)));
	}

	private static SourceView view(String id, boolean syncing) {
		List<SyncRunView> history = syncing ? List.of()
				: List.of(new SyncRunView("run-1", Instant.parse("2026-03-01T06:00:00Z"), Duration.ofSeconds(3), "NOW",
						"REBUILD", "the list " + LONG + " left the rule", 0, 40, "OK", "job-5",
						List.of(new SyncRunView.ListRunView("Project " + LONG, 40, 0, 0, 40, "OK", null)), List.of()));
		return new SourceView(id, "me", "ds-1", "Phone projects", "Hours", "contoso.example,site-1,web-1", "Projects",
				"https://contoso.example/sites/projects/" + LONG,
				new ListRule(ListRule.Kind.NAME_PATTERN, null, "Project *", null), "List", null,
				new SyncSchedule(SyncSchedule.Kind.HOURLY, 0, null, ZoneId.of("Europe/Oslo")),
				Instant.parse("2026-03-01T07:00:00Z"), syncing, syncing ? "job-5" : null,
				List.of(new SourceView.SourceListView("list-1", "Project " + LONG, null, "SYNCED", null, 40),
						new SourceView.SourceListView("list-2", "Project odd", null, "UNFIT",
								"has no column Hours: " + LONG, 0)),
				history);
	}

}
