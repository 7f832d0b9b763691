package com.pushstudio.sandbox.identity;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.pushstudio.sandbox.GraphResource;
import com.pushstudio.sandbox.PowerBiResource;

/**
 * The resources the sandbox grants permissions of, Power BI and Microsoft Graph, by the
 * URIs this run is configured with, and what each one's permissions are.
 */
@Component
class Resources {

	private final PowerBiResource powerBi;

	private final GraphResource graph;

	Resources(PowerBiResource powerBi, GraphResource graph) {
		this.powerBi = powerBi;
		this.graph = graph;
	}

	String powerBi() {
		return this.powerBi.uri();
	}

	String graph() {
		return this.graph.uri();
	}

	List<String> all() {
		return List.of(powerBi(), graph());
	}

	/** The permissions of a resource the sandbox knows, with the words for people. */
	Map<String, String> permissionsOf(String resource) {
		return graph().equals(resource) ? Permissions.GRAPH : Permissions.POWER_BI;
	}

	/** What {@code {resource}/.default} stands for in a user's sign-in. */
	List<String> registeredOf(String resource) {
		return graph().equals(resource) ? Permissions.REGISTERED_GRAPH : Permissions.REGISTERED;
	}

}
