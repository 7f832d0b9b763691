package com.pushstudio.sandbox.powerbi;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Get Groups: the caller's workspaces, "My workspace" not among them (as in Power BI).
 */
@RestController
@RequestMapping(SandboxPowerBiWebConfig.BASE)
class SandboxGroupsController {

	private final WorkspaceDirectory workspaces;

	SandboxGroupsController(WorkspaceDirectory workspaces) {
		this.workspaces = workspaces;
	}

	/** {@code $filter} is ignored; {@code $top} and {@code $skip} page the list. */
	@GetMapping("/groups")
	@PowerBiOperation(scopes = { "Workspace.Read.All", "Workspace.ReadWrite.All" })
	ApiModels.ODataList<ApiModels.Group> groups(@RequestAttribute(SandboxCaller.ATTRIBUTE) SandboxCaller caller,
			@RequestParam(name = "$top", required = false) Integer top,
			@RequestParam(name = "$skip", defaultValue = "0") int skip) {
		List<ApiModels.Group> groups = this.workspaces.groups(caller)
			.stream()
			.skip(Math.max(0, skip))
			.limit((top != null) ? Math.max(0, top) : Long.MAX_VALUE)
			.map(ApiModels.Group::of)
			.toList();
		return new ApiModels.ODataList<>(SandboxUrls.context("groups"), groups);
	}

}
