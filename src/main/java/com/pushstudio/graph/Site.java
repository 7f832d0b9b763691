package com.pushstudio.graph;

/**
 * A SharePoint site as Graph's {@code site} resource shows it. Only {@code id} is sure to
 * be there; Microsoft's examples of search results leave out properties at times.
 *
 * @param id the composite id {@code {hostname},{site-collection-id},{web-id}}
 * @param name the site's name, may be null
 * @param displayName the title people see, may be null
 * @param webUrl the site's address, may be null
 */
public record Site(String id, String name, String displayName, String webUrl) {

	/** What to call the site on a page: its title, else its name, else its id. */
	public String title() {
		if (displayName != null && !displayName.isBlank()) {
			return displayName;
		}
		return (name != null && !name.isBlank()) ? name : id;
	}

}
