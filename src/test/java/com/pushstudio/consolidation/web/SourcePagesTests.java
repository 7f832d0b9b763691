package com.pushstudio.consolidation.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import com.pushstudio.account.SharePointConsentRequiredException;
import com.pushstudio.consolidation.ListPreview;
import com.pushstudio.consolidation.ListRule;
import com.pushstudio.consolidation.SharePointSources;
import com.pushstudio.consolidation.SourceDraft;
import com.pushstudio.consolidation.SourceNotFoundException;
import com.pushstudio.consolidation.SourceRefusedException;
import com.pushstudio.consolidation.SourceView;
import com.pushstudio.consolidation.SyncRunView;
import com.pushstudio.consolidation.SyncSchedule;
import com.pushstudio.dataset.DatasetOrigin;
import com.pushstudio.dataset.RecordedDataset;
import com.pushstudio.dataset.RecordedTable;
import com.pushstudio.dataset.SchemaOfRecord;
import com.pushstudio.graph.SharePointList;
import com.pushstudio.graph.Site;
import com.pushstudio.powerbi.Column;
import com.pushstudio.powerbi.DataType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oauth2Login;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

// Other features' MVC components need beans this slice does not have: keep them out.
@WebMvcTest(controllers = { NewSourceController.class, SourceController.class },
		excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
				pattern = "com\\.pushstudio\\.(?!consolidation\\.web\\.|account\\.).*"))
@Import(TargetTables.class)
class SourcePagesTests {

	private static final String TABLE_QUERY = "workspace=me&dataset=ds-1&table=Hours";

	private static final Site PROJECTS = new Site("contoso.example,site-1,web-1", "projects", "Projects",
			"https://contoso.example/sites/projects");

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private SharePointSources sources;

	@MockitoBean
	private SchemaOfRecord schemas;

	@BeforeEach
	void adaKeepsADatasetWithAnHoursTable() {
		RecordedTable hours = new RecordedTable("Hours",
				List.of(Column.of("Title", DataType.STRING), Column.of("Hours", DataType.DOUBLE),
						Column.of("List", DataType.STRING), Column.of("Due", DataType.DATETIME)),
				List.of(), false);
		given(this.schemas.dataset("ada", "ds-1")).willReturn(Optional.of(new RecordedDataset("ds-1", null,
				"Project time", DatasetOrigin.CREATED, null, List.of(hours), List.of())));
	}

	@Test
	void theDatasetsLinkStartsANewSourceForATableWithoutOne() throws Exception {
		given(this.sources.sourceOf("ada", "me", "ds-1", "Hours")).willReturn(Optional.empty());
		this.mvc.perform(get("/sources/for-table?workspace=me&dataset=ds-1&table=hours").with(user("ada")))
			.andExpect(redirectedUrl("/sources/new?" + TABLE_QUERY));
	}

	@Test
	void theDatasetsLinkShowsTheSourceATableHas() throws Exception {
		given(this.sources.sourceOf("ada", "me", "ds-1", "Hours")).willReturn(Optional.of("src-7"));
		this.mvc.perform(get("/sources/for-table?" + TABLE_QUERY).with(user("ada")))
			.andExpect(redirectedUrl("/sources/src-7"));
	}

	@Test
	void aTableTheUserKeepsNoRecordOfIsNotFound() throws Exception {
		this.mvc.perform(get("/sources/new?" + TABLE_QUERY).with(user("bob"))).andExpect(status().isNotFound());
		then(this.sources).shouldHaveNoInteractions();
	}

	@Test
	void searchingByNameListsTheSitesEachWithAUseButton() throws Exception {
		given(this.sources.searchSites("ada", "Projects"))
			.willReturn(List.of(PROJECTS, new Site("contoso.example,site-2,web-2", "projects-archive", null, null)));
		String page = page(get("/sources/new?" + TABLE_QUERY).param("q", " Projects "));
		assertThat(page).contains("<label for=\"q\" class=\"form-label\">Site name</label>")
			.contains("value=\" Projects \"")
			.contains(">Projects</span>", ">https://contoso.example/sites/projects</span>")
			.contains(">projects-archive</span>")
			.contains("name=\"site\" value=\"contoso.example,site-1,web-1\"")
			.contains("aria-label=\"Use this site: Projects\">Use this site</button>")
			.contains("aria-label=\"Use this site: projects-archive\">Use this site</button>")
			.contains("name=\"zone\" value=\"\" data-browser-zone");
	}

	@Test
	void aPastedAddressFindsThatSite() throws Exception {
		given(this.sources.siteByUrl("ada", "https://contoso.example/sites/projects")).willReturn(PROJECTS);
		String page = page(get("/sources/new?" + TABLE_QUERY).param("url", "https://contoso.example/sites/projects"));
		assertThat(page).contains("name=\"site\" value=\"contoso.example,site-1,web-1\"");
		then(this.sources).should(never()).searchSites(anyString(), anyString());
	}

	@Test
	void aSearchThatFindsNothingSaysSo() throws Exception {
		given(this.sources.searchSites("ada", "Nothing")).willReturn(List.of());
		assertThat(page(get("/sources/new?" + TABLE_QUERY + "&q=Nothing"))).contains("No site matches.")
			.doesNotContain("Use this site");
	}

	@Test
	void withoutConsentThePageSaysWhyAndLinksToIt() throws Exception {
		given(this.sources.searchSites("ada", "Projects")).willThrow(new SharePointConsentRequiredException());
		String page = page(get("/sources/new?" + TABLE_QUERY + "&q=Projects"));
		assertThat(page).contains("Sites.Read.All", "It only reads")
			.contains("href=\"/oauth2/authorization/graph\">Allow access to SharePoint</a>")
			.doesNotContain("no Graph token");
	}

	@Test
	void theListsStepOffersEveryListOfTheSiteAndTheTablesTextColumns() throws Exception {
		given(this.sources.site("ada", PROJECTS.id())).willReturn(PROJECTS);
		given(this.sources.lists("ada", PROJECTS.id()))
			.willReturn(List.of(list("list-a", "Project Alpha"), list("list-b", "Budget 2026")));
		String page = page(
				get("/sources/new/lists?" + TABLE_QUERY + "&site=contoso.example,site-1,web-1&zone=Europe/Oslo"));
		then(this.sources).should(never()).preview(anyString(), any());
		assertThat(page).contains(">Lists of Projects into Hours</h1>")
			.contains("name=\"siteName\" value=\"Projects\"", "name=\"siteUrl\" value=\"" + PROJECTS.webUrl() + "\"")
			.contains("id=\"list-0\" value=\"list-a\">", "for=\"list-0\">Project Alpha</label>")
			.contains("id=\"list-1\" value=\"list-b\">", "for=\"list-1\">Budget 2026</label>")
			.contains("<label class=\"form-check-label\" for=\"rule-pattern\">Lists whose name matches</label>")
			.contains("<label class=\"form-label\" for=\"namePattern\">Name pattern</label>")
			.contains("* stands for any text", "Project *")
			.contains("<label for=\"siteTimeZone\" class=\"form-label\">Site time zone</label>")
			.contains("value=\"Europe/Oslo\" selected=\"selected\">Oslo</option>")
			.contains("<option value=\"List\">List</option>", "<option value=\"Title\">Title</option>")
			.doesNotContain("<option value=\"Hours\">", "<option value=\"Due\">")
			.contains("<label for=\"everyMinutes\" class=\"form-label\">Minutes between syncs</label>")
			.contains(">Preview</button>", ">Create source</button>");
	}

	@Test
	void aPreviewShowsEachListWithWhetherItFitsAndItsFirstRows() throws Exception {
		given(this.sources.preview(eq("ada"), any())).willAnswer((call) -> List.of(
				new ListPreview("list-a", "Project Alpha", null, true, true, null, List.of("Title", "Hours"),
						List.of(List.of("Design", "12.5")), List.of()),
				new ListPreview("list-o", "Project Odd", null, true, false, "has no column Hours", List.of(), List.of(),
						List.of("item 7, column Due: not a date")),
				unmatched("list-b", "Budget 2026")));
		// The preview has its own address, so that Back returns to it; the token stays
		// out.
		String address = this.mvc
			.perform(lists().param("ruleKind", "NAME_PATTERN")
				.param("namePattern", "Project *")
				.param("listNameColumn", "List")
				.param("columns", "Hours+Extra")
				.param("action", "preview")
				.with(user("ada"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(address).startsWith("/sources/new/lists?")
			.contains("namePattern=Project%20%2A", "columns=Hours%2BExtra", "action=preview")
			.doesNotContain("csrf");
		then(this.sources).should(never()).preview(anyString(), any());
		String page = page(get(java.net.URI.create(address)));
		assertThat(page).contains("name=\"columns\" value=\"Hours+Extra\"");
		ArgumentCaptor<SourceDraft> drafts = ArgumentCaptor.forClass(SourceDraft.class);
		then(this.sources).should().preview(eq("ada"), drafts.capture());
		SourceDraft previewed = drafts.getValue();
		assertThat(previewed.rule().namePattern()).isEqualTo("Project *");
		assertThat(previewed.listNameColumn()).isEqualTo("List");
		assertThat(previewed.siteTimeZone()).isEqualTo(ZoneId.of("Europe/Oslo"));
		assertThat(page).contains("data-testid=\"preview\"")
			.contains("<th scope=\"row\" class=\"fw-normal text-break ps-list-name\">Project Alpha</th>")
			.contains("class=\"table-warning\"", "has no column Hours")
			.contains("First items of Project Alpha, as they will be sent")
			.contains("<td class=\"text-break\">Design</td>", "<td class=\"text-break\">12.5</td>")
			.contains("item 7, column Due: not a date")
			.doesNotContain("First items of Budget 2026")
			.contains("value=\"Project *\"")
			.contains("for=\"list-2\">Budget 2026</label>");
		then(this.sources).should(never()).create(anyString(), any());
	}

	@Test
	void creatingMakesTheSourceAndShowsIt() throws Exception {
		given(this.sources.create(eq("ada"), any())).willReturn("src-9");
		this.mvc
			.perform(lists().param("ruleKind", "PICKED")
				.param("listIds", "list-a", "list-b")
				.param("scheduleKind", "DAILY")
				.param("dailyAt", "06:30")
				.param("action", "create")
				.with(user("ada"))
				.with(csrf()))
			.andExpect(redirectedUrl("/sources/src-9"))
			.andExpect(flash().attribute("notice",
					"The SharePoint source of Hours was created. Press Sync now to bring its lists in."));
		ArgumentCaptor<SourceDraft> draft = ArgumentCaptor.forClass(SourceDraft.class);
		then(this.sources).should().create(eq("ada"), draft.capture());
		assertThat(draft.getValue()).isEqualTo(new SourceDraft("me", "ds-1", "Hours", "contoso.example,site-1,web-1",
				new ListRule(ListRule.Kind.PICKED, List.of("list-a", "list-b"), null, null), ZoneId.of("Europe/Oslo"),
				null, null,
				new SyncSchedule(SyncSchedule.Kind.DAILY, 0, LocalTime.of(6, 30), ZoneId.of("Europe/Oslo"))));
	}

	@Test
	void aRefusalIsShownOnTheFormAndKeepsWhatWasChosen() throws Exception {
		given(this.sources.lists("ada", PROJECTS.id())).willReturn(List.of(list("list-a", "Project Alpha")));
		given(this.sources.create(eq("ada"), any()))
			.willThrow(new SourceRefusedException("Every list with these columns needs at least one column."));
		String page = page(lists().param("ruleKind", "HAS_COLUMNS")
			.param("columns", "Title, Hours")
			.param("listUrlColumn", "List")
			.param("scheduleKind", "EVERY_MINUTES")
			.param("everyMinutes", "15")
			.param("action", "create"));
		assertThat(page).contains("data-testid=\"refused\">Every list with these columns needs at least one column.")
			.contains("id=\"rule-columns\" value=\"HAS_COLUMNS\" checked=\"checked\"")
			.contains("name=\"columns\" value=\"Title, Hours\"")
			.contains("<option value=\"List\" selected=\"selected\">List</option>")
			.contains("value=\"EVERY_MINUTES\" selected=\"selected\"")
			.contains("name=\"everyMinutes\"", "value=\"15\"")
			.contains("for=\"list-0\">Project Alpha</label>");
		// The message sits inside the form, before the fields it is about.
		assertThat(page.indexOf("data-testid=\"refused\"")).isGreaterThan(page.indexOf("<form method=\"post\""))
			.isLessThan(page.indexOf("name=\"ruleKind\""));
	}

	@Test
	void minutesThatAreNoNumberAreMarkedAtTheirFieldAndNothingIsMade() throws Exception {
		String page = page(lists().param("ruleKind", "NAME_PATTERN")
			.param("namePattern", "Project *")
			.param("scheduleKind", "EVERY_MINUTES")
			.param("everyMinutes", "often")
			.param("action", "create"));
		assertThat(page).contains("aria-invalid=\"true\" aria-describedby=\"everyMinutes-error\"")
			.contains("id=\"everyMinutes-error\">Enter a whole number of minutes.</div>")
			.contains("value=\"often\"");
		then(this.sources).should(never()).create(anyString(), any());
	}

	@Test
	void theSourcePageShowsSiteRuleListsAndHistory() throws Exception {
		given(this.sources.view("ada", "src-1")).willReturn(source(false));
		String page = page(get("/sources/src-1"));
		assertThat(page).contains(">SharePoint lists in Hours</h1>")
			.contains("href=\"https://contoso.example/sites/projects\" rel=\"noopener\">Projects</a>")
			.contains("<span>Lists whose name matches Project *</span>")
			.contains(">Hours of dataset Project time</a>", "Each row&#39;s list name goes into List.")
			.contains("<td>Does not fit</td>", "has no column Hours")
			.contains("class=\"table-warning\"", "class=\"table-danger\"", "Graph answered 503")
			.contains(">2026-03-02 07:00 CET</strong>")
			.contains("<td class=\"text-nowrap\">2026-03-01 07:00</td>")
			.contains("<td>Rebuilt</td>", "item 12 of Project Alpha changed", "<td class=\"text-nowrap\">2.5 s</td>")
			.contains("<td data-testid=\"outcome\">Some lists failed</td>")
			.contains("<summary class=\"small\">Lists of this sync</summary>", "Read again from the start")
			.contains("Project Beta could not be read")
			.contains(">Sync now</button>", ">Save schedule</button>", "href=\"/sources/src-1/remove\"")
			.contains("value=\"DAILY\" selected=\"selected\"", "value=\"07:00\"")
			.doesNotContain("hx-get");
	}

	@Test
	void whileSyncingThePagePollsItsStatusAndLinksToTheUpload() throws Exception {
		given(this.sources.view("ada", "src-1")).willReturn(source(true));
		assertThat(page(get("/sources/src-1"))).contains("hx-get=\"/sources/src-1/status\"", "hx-trigger=\"every 2s\"")
			.contains("href=\"/uploads/job-5\">Watch its rows being pushed</a>");
		String fragment = page(get("/sources/src-1/status"));
		assertThat(fragment).startsWith("<section").contains("A sync is queued or running.").doesNotContain("<html");
	}

	@Test
	void aScheduledSyncAboutToStartIsWatchedForAndOneLongOverdueIsNot() throws Exception {
		given(this.sources.view("ada", "src-1")).willReturn(source(false, Instant.now().plus(Duration.ofMinutes(1))));
		assertThat(page(get("/sources/src-1"))).contains("hx-get=\"/sources/src-1/status\"", "hx-trigger=\"every 5s\"");
		given(this.sources.view("ada", "src-1")).willReturn(source(false, Instant.now().minus(Duration.ofHours(1))));
		assertThat(page(get("/sources/src-1/status"))).doesNotContain("hx-get");
	}

	@Test
	void syncNowQueuesASyncAndSaysSo() throws Exception {
		given(this.sources.trySyncNow("ada", "src-1")).willReturn(true);
		this.mvc.perform(post("/sources/src-1/sync").with(user("ada")).with(csrf()))
			.andExpect(redirectedUrl("/sources/src-1"))
			.andExpect(flash().attribute("notice", "Sync queued."));
		then(this.sources).should().trySyncNow("ada", "src-1");
	}

	@Test
	void syncNowWhileOneRunsAddsNone() throws Exception {
		given(this.sources.trySyncNow("ada", "src-1")).willReturn(false);
		this.mvc.perform(post("/sources/src-1/sync").with(user("ada")).with(csrf()))
			.andExpect(redirectedUrl("/sources/src-1"))
			.andExpect(flash().attribute("notice", "A sync is already queued or running."));
	}

	@Test
	void theScheduleChangesInTheBrowsersZone() throws Exception {
		given(this.sources.view("ada", "src-1")).willReturn(source(false));
		this.mvc
			.perform(post("/sources/src-1/schedule").param("scheduleKind", "EVERY_MINUTES")
				.param("everyMinutes", "30")
				.param("zone", "America/New_York")
				.with(user("ada"))
				.with(csrf()))
			.andExpect(redirectedUrl("/sources/src-1"))
			.andExpect(flash().attribute("notice", "Schedule saved."));
		then(this.sources).should()
			.changeSchedule("ada", "src-1",
					new SyncSchedule(SyncSchedule.Kind.EVERY_MINUTES, 30, null, ZoneId.of("America/New_York")));
	}

	@Test
	void aRefusedScheduleComesBackWithItsMessageAndWhatWasTyped() throws Exception {
		given(this.sources.view("ada", "src-1")).willReturn(source(false));
		org.mockito.BDDMockito.willThrow(new SourceRefusedException("Every 5 minutes at least."))
			.given(this.sources)
			.changeSchedule(eq("ada"), eq("src-1"), any());
		var flashed = this.mvc
			.perform(post("/sources/src-1/schedule").param("scheduleKind", "EVERY_MINUTES")
				.param("everyMinutes", "1")
				.with(user("ada"))
				.with(csrf()))
			.andExpect(redirectedUrl("/sources/src-1"))
			.andReturn()
			.getFlashMap();
		String page = page(get("/sources/src-1").flashAttrs(flashed));
		assertThat(page).contains("data-testid=\"schedule-refused\">Every 5 minutes at least.")
			.contains("value=\"EVERY_MINUTES\" selected=\"selected\"")
			.contains("name=\"everyMinutes\"", "value=\"1\"");
	}

	@Test
	void anotherUsersSourceIsNotFound() throws Exception {
		given(this.sources.view(eq("bob"), anyString())).willThrow(new SourceNotFoundException("no source src-1"));
		given(this.sources.trySyncNow(eq("bob"), anyString()))
			.willThrow(new SourceNotFoundException("no source src-1"));
		this.mvc.perform(get("/sources/src-1").with(user("bob"))).andExpect(status().isNotFound());
		this.mvc.perform(post("/sources/src-1/sync").with(user("bob")).with(csrf())).andExpect(status().isNotFound());
		then(this.sources).should(never()).syncNow(anyString(), anyString());
	}

	@Test
	void postsWithoutTheCsrfTokenAreRefused() throws Exception {
		this.mvc.perform(post("/sources/src-1/sync").with(user("ada"))).andExpect(status().isForbidden());
		this.mvc.perform(post("/sources/src-1/remove").with(user("ada"))).andExpect(status().isForbidden());
		this.mvc.perform(post("/sources/src-1/schedule").with(user("ada"))).andExpect(status().isForbidden());
		this.mvc.perform(lists().param("action", "create").with(user("ada"))).andExpect(status().isForbidden());
		then(this.sources).shouldHaveNoInteractions();
	}

	@Test
	void removingSaysTheRowsStayAndThenRemoves() throws Exception {
		given(this.sources.view("ada", "src-1")).willReturn(source(false));
		assertThat(page(get("/sources/src-1/remove"))).contains("The rows already in Hours stay there")
			.contains(">Remove the source</button>");
		this.mvc.perform(post("/sources/src-1/remove").with(user("ada")).with(csrf()))
			.andExpect(redirectedUrl("/datasets/ds-1"))
			.andExpect(flash().attribute("notice",
					"The source Projects no longer feeds Hours; its rows stay in the table."));
		then(this.sources).should().delete("ada", "src-1");
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder lists() {
		return post("/sources/new/lists").param("workspace", "me")
			.param("dataset", "ds-1")
			.param("table", "Hours")
			.param("site", "contoso.example,site-1,web-1")
			.param("siteName", "Projects")
			.param("siteTimeZone", "Europe/Oslo")
			.param("zone", "Europe/Oslo");
	}

	private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return this.mvc.perform(request.with(user("ada")).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static SharePointList list(String id, String title) {
		return new SharePointList(id, null, title, null, false, "genericList");
	}

	private static ListPreview unmatched(String id, String title) {
		return new ListPreview(id, title, null, false, false, null, List.of(), List.of(), List.of());
	}

	private static SourceView source(boolean syncing) {
		return source(syncing, Instant.parse("2026-03-02T06:00:00Z"));
	}

	private static SourceView source(boolean syncing, Instant nextSync) {
		ZoneId berlin = ZoneId.of("Europe/Berlin");
		SyncRunView run = new SyncRunView("run-1", Instant.parse("2026-03-01T06:00:00Z"), Duration.ofMillis(2500),
				"SCHEDULE", "REBUILD", "item 12 of Project Alpha changed", 0, 40, "PARTIAL", "job-4",
				List.of(new SyncRunView.ListRunView("Project Alpha", 1, 1, 0, 40, "RESTARTED", null),
						new SyncRunView.ListRunView("Project Beta", 0, 0, 0, 0, "FAILED",
								"Project Beta could not be read")),
				List.of("Graph answered 503 for Project Beta"));
		return new SourceView("src-1", "me", "ds-1", "Project time", "Hours", PROJECTS.id(), "Projects",
				PROJECTS.webUrl(), new ListRule(ListRule.Kind.NAME_PATTERN, null, "Project *", null), "List", null,
				new SyncSchedule(SyncSchedule.Kind.DAILY, 0, LocalTime.of(7, 0), berlin), nextSync, syncing,
				syncing ? "job-5" : null,
				List.of(new SourceView.SourceListView("list-a", "Project Alpha", null, "SYNCED", null, 40),
						new SourceView.SourceListView("list-o", "Project Odd", null, "UNFIT", "has no column Hours", 0),
						new SourceView.SourceListView("list-b", "Project Beta", null, "FAILED", "Graph answered 503",
								12)),
				List.of(run));
	}

	static RequestPostProcessor user(String objectId) {
		OidcIdToken idToken = OidcIdToken.withTokenValue("id-token")
			.subject("sub-" + objectId)
			.claim("oid", objectId)
			.claim("name", "User " + objectId)
			.build();
		return oauth2Login()
			.oauth2User(new DefaultOidcUser(List.of(new SimpleGrantedAuthority("OIDC_USER")), idToken, "oid"));
	}

}
