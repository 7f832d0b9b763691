package com.pushstudio.sandbox.graph;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.pushstudio.sandbox.graph.GraphModel.Site;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Sites: search by name, and a site by its path or its id. */
@RestController
class GraphSitesController {

	private final GraphStore store;

	private final GraphAnswers answers;

	GraphSitesController(GraphStore store, GraphAnswers answers) {
		this.store = store;
		this.answers = answers;
	}

	/**
	 * "Search for sites": {@code GET /sites?search={query}}, matched on names and URLs.
	 */
	@GetMapping(GraphWebConfig.BASE + "/sites")
	Map<String, Object> search(@RequestParam(required = false) String search) {
		if (search == null) {
			throw GraphApiException.invalidRequest("A search query is required: /sites?search={query}.");
		}
		String query = search.trim().toLowerCase(Locale.ROOT);
		List<Map<String, Object>> found = this.store.sites()
			.stream()
			.filter((site) -> query.isEmpty() || "*".equals(query) || matches(site, query))
			.map(this.answers::foundSite)
			.toList();
		return Map.of("value", found);
	}

	/**
	 * "Get a site resource": {@code /sites/{site-id}} and, by path,
	 * {@code /sites/{hostname}:/{server-relative-path}}.
	 */
	@GetMapping(GraphWebConfig.BASE + "/sites/{*reference}")
	Map<String, Object> site(@PathVariable String reference) {
		return this.answers.site(find(this.store, reference.substring(1)));
	}

	static Site find(GraphStore store, String reference) {
		int colon = reference.indexOf(":/");
		if (colon > 0) {
			String path = reference.substring(colon + 1);
			if (path.endsWith(":")) {
				path = path.substring(0, path.length() - 1);
			}
			if (path.length() > 1 && path.endsWith("/")) {
				path = path.substring(0, path.length() - 1);
			}
			return store.siteByPath(reference.substring(0, colon), path)
				.orElseThrow(() -> GraphApiException.notFound("Requested site could not be found"));
		}
		return store.site(reference).orElseThrow(() -> GraphApiException.notFound("Requested site could not be found"));
	}

	private static boolean matches(Site site, String query) {
		return site.displayName().toLowerCase(Locale.ROOT).contains(query)
				|| site.name().toLowerCase(Locale.ROOT).contains(query)
				|| site.webUrl().toLowerCase(Locale.ROOT).contains(query);
	}

}
