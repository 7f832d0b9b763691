package com.pushstudio.powerbi;

import org.springframework.util.StringUtils;

/**
 * Where a dataset or report lives: the user's own "My workspace" or a workspace (a
 * "group" in the API's words). Power BI addresses the two with different paths.
 *
 * @param groupId the workspace id, or {@code null} for My workspace
 */
public record Workspace(String groupId) {

	/** The signed-in user's own workspace. */
	public static final Workspace MY_WORKSPACE = new Workspace(null);

	/** Clone Report's way of saying "My workspace" as a target. */
	static final String MY_WORKSPACE_TARGET_ID = "00000000-0000-0000-0000-000000000000";

	/**
	 * Reads a workspace as forms and URLs carry it: empty or {@code me} is My workspace.
	 */
	public static Workspace of(String groupIdOrMe) {
		if (!StringUtils.hasText(groupIdOrMe) || "me".equalsIgnoreCase(groupIdOrMe)) {
			return MY_WORKSPACE;
		}
		return new Workspace(groupIdOrMe);
	}

	public boolean isMyWorkspace() {
		return this.groupId == null;
	}

	/** How forms and URLs carry this workspace, the inverse of {@link #of(String)}. */
	public String idOrMe() {
		return isMyWorkspace() ? "me" : this.groupId;
	}

	/** The id Clone Report takes as {@code targetWorkspaceId}. */
	String targetId() {
		return isMyWorkspace() ? MY_WORKSPACE_TARGET_ID : this.groupId;
	}

}
