package com.pushstudio.consolidation.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.pushstudio.consolidation.ListPreview;
import com.pushstudio.consolidation.SharePointSources;
import com.pushstudio.consolidation.SourceRefusedException;
import com.pushstudio.graph.GraphException;
import com.pushstudio.graph.Site;
import com.pushstudio.upload.TimeZoneChoices;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Adding a SharePoint source to a table: choose a site (step 1, searches are GETs, so
 * Back and a second tab only search again), then the lists and schedule (step 2),
 * previewed before the source is made.
 */
@Controller
class NewSourceController {

	/**
	 * The longest preview address: well under the 8 KB a request's headers may take, as
	 * Tomcat's default allows.
	 */
	private static final int MAX_ADDRESS = 6000;

	private final SharePointSources sources;

	private final TargetTables tables;

	private final MessageSource messages;

	NewSourceController(SharePointSources sources, TargetTables tables, MessageSource messages) {
		this.sources = sources;
		this.tables = tables;
		this.messages = messages;
	}

	/**
	 * Where the dataset page links to, which cannot know about sources: a table with a
	 * source shows it, any other starts a new one.
	 */
	@GetMapping("/sources/for-table")
	String forTable(@RequestParam String workspace, @RequestParam String dataset, @RequestParam String table,
			Authentication user) {
		TargetTables.Target target = this.tables.find(user.getName(), workspace, dataset, table);
		Optional<String> source = this.sources.sourceOf(user.getName(), target.workspace(), target.datasetId(),
				target.tableName());
		return source.map((id) -> "redirect:/sources/" + id)
			.orElseGet(() -> "redirect:" + UriComponentsBuilder.fromPath("/sources/new")
				.queryParam("workspace", target.workspace())
				.queryParam("dataset", target.datasetId())
				.queryParam("table", target.tableName())
				.encode()
				.build()
				.toUriString());
	}

	@GetMapping("/sources/new")
	String chooseSite(@RequestParam String workspace, @RequestParam String dataset, @RequestParam String table,
			@RequestParam(required = false) String q, @RequestParam(required = false) String url, Authentication user,
			Model model) {
		model.addAttribute("target", this.tables.find(user.getName(), workspace, dataset, table));
		model.addAttribute("q", (q != null) ? q : "");
		model.addAttribute("url", (url != null) ? url : "");
		try {
			if (StringUtils.hasText(url)) {
				model.addAttribute("sites", List.of(this.sources.siteByUrl(user.getName(), url.strip())));
			}
			else if (StringUtils.hasText(q)) {
				model.addAttribute("sites", this.sources.searchSites(user.getName(), q.strip()));
			}
		}
		catch (SourceRefusedException | GraphException ex) {
			// Both are written for people: an address Graph does not know, Graph away.
			model.addAttribute("problem", ex.getMessage());
		}
		return "sources/site";
	}

	@GetMapping("/sources/new/lists")
	String chooseLists(@RequestParam String workspace, @RequestParam String dataset, @RequestParam String table,
			@RequestParam String site, @RequestParam(required = false) String zone, Authentication user, Model model) {
		TargetTables.Target target = this.tables.find(user.getName(), workspace, dataset, table);
		// The site's own title and address: a search answers with its name only.
		Site chosen = this.sources.site(user.getName(), site);
		SourceForm form = SourceForm.start(target.workspace(), target.datasetId(), target.tableName(), chosen.id(),
				chosen.title(), chosen.webUrl(), zone);
		return listsPage(target, form, lists(user, form, model), Map.of(), model);
	}

	/**
	 * What each list would give, with the form as posted: a GET, so that Back from the
	 * source made after it shows it again instead of asking to post once more.
	 */
	@GetMapping(path = "/sources/new/lists", params = "action=preview")
	String preview(SourceForm form, Authentication user, Model model) {
		TargetTables.Target target = this.tables.find(user.getName(), form.workspace(), form.dataset(), form.table());
		return previewPage(target, form, user, model);
	}

	/**
	 * Create makes the source; Preview goes to the preview's own address, unless the
	 * picks make that too long for one. A refusal keeps everything chosen.
	 */
	@PostMapping("/sources/new/lists")
	String previewOrCreate(SourceForm form, Authentication user, Model model, RedirectAttributes redirect,
			Locale locale) {
		TargetTables.Target target = this.tables.find(user.getName(), form.workspace(), form.dataset(), form.table());
		if (!form.create()) {
			String address = previewAddress(form);
			return (address.length() <= MAX_ADDRESS) ? "redirect:" + address : previewPage(target, form, user, model);
		}
		Map<String, String> problems = form.problems();
		if (!problems.isEmpty()) {
			return listsPage(target, form, lists(user, form, model), problems, model);
		}
		try {
			String id = this.sources.create(user.getName(), form.draft());
			redirect.addFlashAttribute("notice",
					this.messages.getMessage("source.created", new Object[] { form.table() }, locale));
			return "redirect:/sources/" + id;
		}
		catch (SourceRefusedException | GraphException ex) {
			model.addAttribute("refused", ex.getMessage());
			return listsPage(target, form, lists(user, form, model), problems, model);
		}
	}

	private String previewPage(TargetTables.Target target, SourceForm form, Authentication user, Model model) {
		Map<String, String> problems = form.problems();
		if (!problems.isEmpty()) {
			return listsPage(target, form, lists(user, form, model), problems, model);
		}
		try {
			List<ListPreview> previews = this.sources.preview(user.getName(), form.draft());
			model.addAttribute("previews", previews);
			return listsPage(target, form,
					previews.stream().map((list) -> new ListChoice(list.listId(), list.title())).toList(), problems,
					model);
		}
		catch (SourceRefusedException | GraphException ex) {
			model.addAttribute("refused", ex.getMessage());
			return listsPage(target, form, lists(user, form, model), problems, model);
		}
	}

	/**
	 * The form in a query, without the CSRF token, which stays out of addresses. Values
	 * go in as URI variables, so that a {@code +} (Etc/GMT+1) stays one.
	 */
	private static String previewAddress(SourceForm form) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("workspace", form.workspace());
		values.put("dataset", form.dataset());
		values.put("table", form.table());
		values.put("site", form.site());
		values.put("siteName", form.siteName());
		values.put("siteUrl", form.siteUrl());
		values.put("ruleKind", form.ruleKind());
		values.put("namePattern", form.namePattern());
		values.put("columns", form.columns());
		values.put("siteTimeZone", form.siteTimeZone());
		values.put("listNameColumn", form.listNameColumn());
		values.put("listUrlColumn", form.listUrlColumn());
		values.put("scheduleKind", form.scheduleKind());
		values.put("everyMinutes", form.everyMinutes());
		values.put("dailyAt", form.dailyAt());
		values.put("zone", form.zone());
		values.replaceAll((name, value) -> (value != null) ? value : "");
		UriComponentsBuilder address = UriComponentsBuilder.fromPath("/sources/new/lists");
		values.keySet().forEach((name) -> address.queryParam(name, "{" + name + "}"));
		for (int i = 0; i < form.listIds().size(); i++) {
			address.queryParam("listIds", "{list" + i + "}");
			values.put("list" + i, form.listIds().get(i));
		}
		return address.queryParam("action", "preview").encode().buildAndExpand(values).toUriString();
	}

	/** The site's lists to pick from. */
	private List<ListChoice> lists(Authentication user, SourceForm form, Model model) {
		try {
			return this.sources.lists(user.getName(), form.site())
				.stream()
				.map((list) -> new ListChoice(list.id(), list.title()))
				.toList();
		}
		catch (SourceRefusedException | GraphException ex) {
			model.addAttribute("refused", ex.getMessage());
			return List.of();
		}
	}

	private String listsPage(TargetTables.Target target, SourceForm form, List<ListChoice> lists,
			Map<String, String> problems, Model model) {
		model.addAttribute("target", target);
		model.addAttribute("form", form);
		model.addAttribute("schedule", form.schedule());
		model.addAttribute("lists", lists);
		model.addAttribute("problems", problems);
		model.addAttribute("timeZones", TimeZoneChoices.around(form.siteTimeZone()));
		return "sources/lists";
	}

	/** A list to tick on step 2. */
	record ListChoice(String id, String title) {
	}

}
