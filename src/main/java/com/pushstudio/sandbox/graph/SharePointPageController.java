package com.pushstudio.sandbox.graph;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.pushstudio.sandbox.SandboxPaths;
import com.pushstudio.sandbox.graph.GraphModel.ListCount;
import com.pushstudio.sandbox.graph.GraphModel.Site;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The sandbox's SharePoint page: its sites and lists with item counts, and forms that
 * change them. Each form posts, then redirects back with what happened in the query (the
 * sandbox keeps no session to hold a flash message in).
 */
@Controller
class SharePointPageController {

	static final String PAGE = SandboxPaths.MAPPING + "/sharepoint";

	private final GraphStore store;

	private static final Set<String> DONE = Set.of("listAdded", "itemAdded", "itemChanged", "itemDeleted",
			"resyncForced");

	private static final Set<String> REFUSED = Set.of("site", "name", "count", "duplicate", "list", "item", "title",
			"hours", "noHours");

	private final SharePointEditor editor;

	private final SandboxPaths paths;

	SharePointPageController(GraphStore store, SharePointEditor editor, SandboxPaths paths) {
		this.store = store;
		this.editor = editor;
		this.paths = paths;
	}

	record SiteView(Site site, List<ListCount> lists) {
	}

	@GetMapping(PAGE)
	String page(@RequestParam(required = false) String done, @RequestParam(required = false) String refused,
			@RequestParam(required = false) String list, @RequestParam(required = false) String item, CsrfToken csrf,
			Model model) {
		// Loaded before the page renders: the token's cookie cannot be set once the long
		// page has started going out, and the forms come last.
		csrf.getToken();
		Map<String, Long> counts = this.store.itemCounts();
		List<SiteView> sites = this.store.sites()
			.stream()
			.map((site) -> new SiteView(site,
					this.store.lists(site.id(), 0, 10_000, true)
						.stream()
						.map((found) -> new ListCount(found, counts.getOrDefault(found.id(), 0L)))
						.toList()))
			.toList();
		model.addAttribute("sites", sites);
		model.addAttribute("done", (done != null && DONE.contains(done)) ? done : null);
		model.addAttribute("refused", (refused != null && REFUSED.contains(refused)) ? refused : null);
		model.addAttribute("doneList", shortened(list));
		model.addAttribute("doneItem", shortened(item));
		model.addAttribute("maxItems", SharePointEditor.MAX_ITEMS);
		model.addAttribute("base", this.paths.prefix() + "/sharepoint");
		return "sandbox/sharepoint";
	}

	@PostMapping(PAGE + "/lists")
	String addList(@RequestParam(required = false) String siteId, @RequestParam(required = false) String name,
			@RequestParam(required = false) String items, RedirectAttributes redirect) {
		return act(redirect, "listAdded", () -> {
			redirect.addAttribute("list", this.editor.addList(siteId, name, items).displayName());
		});
	}

	@PostMapping(PAGE + "/items")
	String addItem(@RequestParam(required = false) String listId, @RequestParam(required = false) String title,
			@RequestParam(required = false) String hours, RedirectAttributes redirect) {
		return act(redirect, "itemAdded",
				() -> redirect.addAttribute("item", String.valueOf(this.editor.addItem(listId, title, hours))));
	}

	@PostMapping(PAGE + "/items/change")
	String changeItem(@RequestParam(required = false) String listId, @RequestParam(required = false) String itemId,
			@RequestParam(required = false) String title, @RequestParam(required = false) String hours,
			RedirectAttributes redirect) {
		return act(redirect, "itemChanged", () -> {
			this.editor.changeItem(listId, itemId, title, hours);
			redirect.addAttribute("item", itemId.trim());
		});
	}

	@PostMapping(PAGE + "/items/delete")
	String deleteItem(@RequestParam(required = false) String listId, @RequestParam(required = false) String itemId,
			RedirectAttributes redirect) {
		return act(redirect, "itemDeleted", () -> {
			this.editor.deleteItem(listId, itemId);
			redirect.addAttribute("item", itemId.trim());
		});
	}

	@PostMapping(PAGE + "/resync")
	String forceResync(@RequestParam(required = false) String listId, RedirectAttributes redirect) {
		return act(redirect, "resyncForced",
				() -> redirect.addAttribute("list", this.editor.forceResync(listId).displayName()));
	}

	private String act(RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addAttribute("done", done);
		}
		catch (SharePointEditor.Refused ex) {
			redirect.asMap().clear();
			redirect.addAttribute("refused", ex.code());
		}
		return "redirect:" + this.paths.prefix() + "/sharepoint";
	}

	/** Only the page's own messages are shown, with names no longer than a list's. */
	private static String shortened(String value) {
		return (value != null && value.length() > SharePointEditor.MAX_NAME) ? null : value;
	}

}
