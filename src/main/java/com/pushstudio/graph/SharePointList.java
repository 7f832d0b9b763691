package com.pushstudio.graph;

/**
 * A list of a site, as Graph's {@code list} resource shows it. Microsoft's List lists
 * example shows {@code id}, {@code name} and the {@code list} facet only, so
 * {@code displayName} and {@code webUrl} may be absent.
 *
 * @param id the list's id (a GUID)
 * @param name the list's name, may be null
 * @param displayName the title people see, may be null
 * @param webUrl the list's address, may be null
 * @param hidden whether SharePoint hides the list ({@code list.hidden})
 * @param template the list template, such as {@code genericList} or
 * {@code documentLibrary}; may be null
 */
public record SharePointList(String id, String name, String displayName, String webUrl, boolean hidden,
		String template) {

	/** What to call the list on a page and in rules: its title, else its name. */
	public String title() {
		if (displayName != null && !displayName.isBlank()) {
			return displayName;
		}
		return (name != null && !name.isBlank()) ? name : id;
	}

}
