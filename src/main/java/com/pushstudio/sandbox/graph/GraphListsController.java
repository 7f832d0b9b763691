package com.pushstudio.sandbox.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.pushstudio.sandbox.graph.GraphModel.GraphList;
import com.pushstudio.sandbox.graph.GraphModel.Site;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A site's lists, one list, and a list's columns. */
@RestController
class GraphListsController {

	static final String LISTS = GraphWebConfig.BASE + "/sites/{siteId}/lists";

	private final GraphStore store;

	private final GraphAnswers answers;

	private final SandboxGraphProperties properties;

	GraphListsController(GraphStore store, GraphAnswers answers, SandboxGraphProperties properties) {
		this.store = store;
		this.answers = answers;
		this.properties = properties;
	}

	/**
	 * "List lists", paged by {@code @odata.nextLink} when there are more. The hidden
	 * "User Information List" is a system list, which Graph leaves out of this answer
	 * (the list resource's {@code system} facet); it is still found by its title.
	 */
	@GetMapping(LISTS)
	Map<String, Object> lists(@PathVariable String siteId, @RequestParam(name = "$top", required = false) String top,
			@RequestParam(name = "$skiptoken", required = false) String skipToken) {
		Site site = GraphSitesController.find(this.store, siteId);
		int size = Paging.size(top, this.properties);
		List<GraphList> page = this.store.lists(site.id(), Paging.skip(skipToken), size + 1, false);
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("value", page.stream().limit(size).map((list) -> this.answers.list(site, list)).toList());
		if (page.size() > size) {
			long last = this.store.position(page.get(size - 1).id());
			answer.put("@odata.nextLink", GraphLinks.withParameter("$skiptoken", Paging.skipToken(last)));
		}
		return answer;
	}

	/** "Get metadata for a list", by id or title. */
	@GetMapping(LISTS + "/{listId}")
	Map<String, Object> list(@PathVariable String siteId, @PathVariable String listId) {
		Site site = GraphSitesController.find(this.store, siteId);
		return this.answers.list(site, find(this.store, site, listId));
	}

	/** "List columnDefinitions in a list". */
	@GetMapping(LISTS + "/{listId}/columns")
	Map<String, Object> columns(@PathVariable String siteId, @PathVariable String listId) {
		Site site = GraphSitesController.find(this.store, siteId);
		GraphList list = find(this.store, site, listId);
		return Map.of("value", this.store.columns(list.id()).stream().map(this.answers::column).toList());
	}

	static GraphList find(GraphStore store, Site site, String listId) {
		return store.list(site.id(), listId)
			.orElseThrow(() -> GraphApiException.notFound("The requested list was not found."));
	}

}
