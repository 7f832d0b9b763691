package com.pushstudio.sandbox.graph;

import java.time.Instant;
import java.time.ZoneId;

/** What the sandbox keeps of SharePoint: sites, lists, columns and items. */
final class GraphModel {

	private GraphModel() {
	}

	/**
	 * @param id Graph's composite id {@code {hostname},{site guid},{web guid}}
	 * @param path the server-relative path, e.g. {@code /sites/projects}
	 * @param zone the site's regional time zone, in which date-only values are midnight
	 */
	record Site(String id, String hostname, String path, String name, String displayName, ZoneId zone,
			Instant created) {

		/** As Graph writes it: a space in the path is {@code %20}. */
		public String webUrl() {
			return "https://" + this.hostname + this.path.replace(" ", "%20");
		}

	}

	/**
	 * @param name the list's URL name; {@code displayName} is its title
	 * @param epoch delta tokens of an older epoch are refused with 410
	 * @param lastChange the number of the list's latest change
	 */
	record GraphList(String id, String siteId, String name, String displayName, String template, boolean hidden,
			Instant created, Instant modified, int epoch, long lastChange) {

		String webUrl(Site site) {
			return site.webUrl() + ("documentLibrary".equals(this.template) ? "/" : "/Lists/") + this.name;
		}

	}

	/**
	 * @param facetJson the one type facet, e.g. {@code {"number":{}}}
	 */
	record Column(String id, String name, String displayName, boolean hidden, boolean readOnly, String facetJson) {
	}

	/**
	 * @param changeSeq the number of the item's latest change, unique in its list
	 */
	record Item(int id, String fieldsJson, Instant created, Instant modified, long changeSeq, boolean deleted) {
	}

	/** A site with its lists and how many items each holds, for the sandbox page. */
	record ListCount(GraphList list, long items) {
	}

}
