package com.pushstudio.dataset;

/**
 * A dataset on the list page: as Power BI lists it, joined with this app's record.
 *
 * @param workspaceId {@code null} for My workspace
 * @param origin how the user's record of it came about; {@code null} when there is none
 * @param inPowerBi {@code false} when Power BI no longer lists a recorded dataset
 */
public record DatasetSummary(String id, String name, String workspaceId, String workspaceName, DatasetOrigin origin,
		boolean push, boolean inPowerBi) {

	/** Whether its pages are open to the user. */
	public boolean recorded() {
		return this.origin != null;
	}

	/** A push dataset made elsewhere, whose schema the user may state to push into it. */
	public boolean adoptable() {
		return this.origin == null && this.push && this.inPowerBi;
	}

}
