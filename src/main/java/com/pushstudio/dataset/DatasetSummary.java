package com.pushstudio.dataset;

/**
 * A dataset on the list page: as Power BI lists it, joined with this app's design.
 *
 * @param designed whether this user created it here, so its pages are open to them
 * @param inPowerBi {@code false} when Power BI no longer lists a dataset designed here
 */
public record DatasetSummary(String id, String name, String workspaceName, boolean designed, boolean push,
		boolean inPowerBi) {

}
