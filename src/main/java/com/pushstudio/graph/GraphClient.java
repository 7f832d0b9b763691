package com.pushstudio.graph;

import java.util.List;

/**
 * The Microsoft Graph operations SharePoint sources use, on behalf of a user named by
 * principal name. Each call fetches that user's Graph token itself, so scheduled syncs
 * use it as well as requests. Failures are {@code GraphException}s.
 */
public class GraphClient {

	/** Sites whose name matches: {@code GET /sites?search={query}}. */
	public List<Site> searchSites(String principalName, String query) {
		throw new UnsupportedOperationException("contract only");
	}

	/**
	 * The site at an address such as
	 * {@code https://contoso.sharepoint.com/sites/projects}: {@code GET
	 * /sites/{hostname}:/{server-relative-path}}.
	 */
	public Site siteByUrl(String principalName, String webUrl) {
		throw new UnsupportedOperationException("contract only");
	}

	/** {@code GET /sites/{site-id}}. */
	public Site site(String principalName, String siteId) {
		throw new UnsupportedOperationException("contract only");
	}

	/** Every list of the site, all pages: {@code GET /sites/{site-id}/lists}. */
	public List<SharePointList> lists(String principalName, String siteId) {
		throw new UnsupportedOperationException("contract only");
	}

	/** {@code GET /sites/{site-id}/lists/{list-id}/columns}, all pages. */
	public List<ListColumn> columns(String principalName, String siteId, String listId) {
		throw new UnsupportedOperationException("contract only");
	}

	/**
	 * Up to {@code top} items with only the named fields: {@code GET
	 * /sites/{site-id}/lists/{list-id}/items?expand=fields(select=a,b)&$top=n} (one page,
	 * for previews and lookups).
	 */
	public List<ListItem> items(String principalName, String siteId, String listId, List<String> fields, int top) {
		throw new UnsupportedOperationException("contract only");
	}

	/**
	 * The first page of a full delta enumeration with only the named fields: {@code GET
	 * /sites/{site-id}/lists/{list-id}/items/delta?expand=fields(select=a,b)}.
	 */
	public DeltaPage startDelta(String principalName, String siteId, String listId, List<String> fields) {
		throw new UnsupportedOperationException("contract only");
	}

	/**
	 * The page at a {@code @odata.nextLink} or {@code @odata.deltaLink} Graph gave
	 * earlier, followed as given.
	 * @throws GraphResyncRequiredException when Graph answers 410 Gone: the link is no
	 * longer valid and the list must be read again from the start
	 */
	public DeltaPage deltaPage(String principalName, String link) {
		throw new UnsupportedOperationException("contract only");
	}

}
