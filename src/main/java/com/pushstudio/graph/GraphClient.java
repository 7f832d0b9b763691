package com.pushstudio.graph;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import org.springframework.web.util.UriUtils;

/**
 * The Microsoft Graph operations SharePoint sources use, on behalf of a user named by
 * principal name. Each call fetches that user's Graph token itself, so scheduled syncs
 * use it as well as requests. Failures are {@code GraphException}s; a user without the
 * SharePoint consent gets the account feature's
 * {@code SharePointConsentRequiredException}.
 */
public class GraphClient {

	/**
	 * SharePoint's internal column names: letters, digits and {@code _x0020_} escapes.
	 */
	private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z0-9_]{1,255}");

	private static final int MAX_FIELDS = 500;

	private static final int MAX_QUERY = 255;

	private final GraphHttp http;

	private final GraphReader reader;

	private final int maxPages;

	GraphClient(GraphHttp http, GraphReader reader, int maxPages) {
		this.http = http;
		this.reader = reader;
		this.maxPages = maxPages;
	}

	/** Sites whose name matches: {@code GET /sites?search={query}}. */
	public List<Site> searchSites(String principalName, String query) {
		if (query == null || query.isBlank() || query.length() > MAX_QUERY) {
			throw new GraphException("Search for a site by a name of 1 to " + MAX_QUERY + " characters.", 0);
		}
		String encoded = URLEncoder.encode(query.strip(), StandardCharsets.UTF_8).replace("+", "%20");
		return all(principalName, "/sites?search=" + encoded, "/sites?search={query}", "sites", this.reader::site);
	}

	/**
	 * The site at an address such as
	 * {@code https://contoso.sharepoint.com/sites/projects}: {@code GET
	 * /sites/{hostname}:/{server-relative-path}}. An address under the site (a list or a
	 * page) finds the site; the root site is the host's address alone.
	 */
	public Site siteByUrl(String principalName, String webUrl) {
		SiteAddress address = SiteAddress.parse(webUrl);
		String path = "/sites/" + segment(address.host());
		if (address.relativePath() != null) {
			path += ":/" + String.join("/", address.relativePath().stream().map(GraphClient::segment).toList());
		}
		return this.reader.site(get(principalName, path, "/sites/{hostname}:/{path}", "the site at that address"));
	}

	/** {@code GET /sites/{site-id}}. */
	public Site site(String principalName, String siteId) {
		return this.reader
			.site(get(principalName, "/sites/" + segment(required(siteId, "site")), "/sites/{site}", "the site"));
	}

	/** Every list of the site, all pages: {@code GET /sites/{site-id}/lists}. */
	public List<SharePointList> lists(String principalName, String siteId) {
		return all(principalName, "/sites/" + segment(required(siteId, "site")) + "/lists", "/sites/{site}/lists",
				"the site's lists", this.reader::list);
	}

	/** {@code GET /sites/{site-id}/lists/{list-id}/columns}, all pages. */
	public List<ListColumn> columns(String principalName, String siteId, String listId) {
		return all(principalName, listPath(siteId, listId) + "/columns", "/sites/{site}/lists/{list}/columns",
				"the list's columns", this.reader::column);
	}

	/**
	 * Up to {@code top} items with only the named fields: {@code GET
	 * /sites/{site-id}/lists/{list-id}/items?expand=fields(select=a,b)&$top=n} (one page,
	 * for previews and lookups). No field names: every field.
	 */
	public List<ListItem> items(String principalName, String siteId, String listId, List<String> fields, int top) {
		if (top < 1 || top > 5000) {
			throw new GraphException("Ask for 1 to 5000 items.", 0);
		}
		JsonNode page = get(principalName, listPath(siteId, listId) + "/items?" + expand(fields) + "&$top=" + top,
				"/sites/{site}/lists/{list}/items?expand=fields(select=...)&$top={top}", "the list's items");
		return GraphReader.values(page).stream().map(this.reader::item).toList();
	}

	/**
	 * The first page of a full delta enumeration with only the named fields: {@code GET
	 * /sites/{site-id}/lists/{list-id}/items/delta?expand=fields(select=a,b)}.
	 */
	public DeltaPage startDelta(String principalName, String siteId, String listId, List<String> fields) {
		return deltaPage(get(principalName, listPath(siteId, listId) + "/items/delta?" + expand(fields),
				"/sites/{site}/lists/{list}/items/delta?expand=fields(select=...)", "the list's items"));
	}

	/**
	 * The page at a {@code @odata.nextLink} or {@code @odata.deltaLink} Graph gave
	 * earlier, followed as given, but only to the configured Graph.
	 * @throws GraphResyncRequiredException when Graph answers 410 Gone: the link is no
	 * longer valid and the list must be read again from the start
	 * @throws GraphException when the link leads anywhere but the configured Graph's
	 * {@code /v1.0/}: nothing is sent
	 */
	public DeltaPage deltaPage(String principalName, String link) {
		URI uri = GraphLinks.checked(link, this.http.apiUrl());
		return deltaPage(
				this.http.get(principalName, uri, "delta link " + GraphLinks.loggable(uri), "the list's changes"));
	}

	private DeltaPage deltaPage(JsonNode page) {
		List<ListItem> items = GraphReader.values(page).stream().map(this.reader::item).toList();
		String next = GraphReader.nextLink(page);
		String delta = GraphReader.deltaLink(page);
		if (next == null && delta == null) {
			throw new GraphException("Microsoft Graph ended a delta page with neither a next link nor a delta link.",
					200);
		}
		return new DeltaPage(items, next, (next == null) ? delta : null);
	}

	private <T> List<T> all(String principalName, String path, String template, String what,
			Function<JsonNode, T> read) {
		List<T> all = new ArrayList<>();
		JsonNode page = get(principalName, path, template, what);
		for (int pages = 1;; pages++) {
			GraphReader.values(page).stream().map(read).forEach(all::add);
			String next = GraphReader.nextLink(page);
			if (next == null) {
				return all;
			}
			if (pages >= this.maxPages) {
				throw new GraphException("Microsoft Graph has more than " + this.maxPages + " pages of " + what
						+ "; Push Studio reads no more (push-studio.graph.max-pages).", 200);
			}
			URI uri = GraphLinks.checked(next, this.http.apiUrl());
			page = this.http.get(principalName, uri, template + " (page " + (pages + 1) + ")", what);
		}
	}

	private JsonNode get(String principalName, String pathAndQuery, String template, String what) {
		return this.http.get(principalName, URI.create(this.http.apiUrl() + "/v1.0" + pathAndQuery), template, what);
	}

	private static String listPath(String siteId, String listId) {
		return "/sites/" + segment(required(siteId, "site")) + "/lists/" + segment(required(listId, "list"));
	}

	/** {@code expand=fields(select=a,b)}, or all fields when none are named. */
	private static String expand(List<String> fields) {
		if (fields == null || fields.isEmpty()) {
			return "expand=fields";
		}
		if (fields.size() > MAX_FIELDS || !fields.stream().allMatch((name) -> FIELD_NAME.matcher(name).matches())) {
			throw new GraphException("Columns are named by their SharePoint internal names (letters, digits, _), "
					+ "at most " + MAX_FIELDS + ".", 0);
		}
		return "expand=fields(select=" + String.join(",", fields) + ")";
	}

	private static String required(String id, String what) {
		if (id == null || id.isBlank() || id.length() > 1000) {
			throw new GraphException("No " + what + " was given.", 0);
		}
		return id;
	}

	private static String segment(String value) {
		return UriUtils.encodePathSegment(value, StandardCharsets.UTF_8);
	}

}
