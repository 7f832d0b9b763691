package com.pushstudio.sandbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The resource of Microsoft Graph's scopes ({@code GRAPH_RESOURCE}): the sandbox grants
 * {@code {resource}/Sites.Read.All} and writes it into the {@code aud} of Graph tokens.
 * Read here rather than from the account feature, which the standalone emulator does not
 * run.
 */
@ConfigurationProperties("graph")
public record GraphResource(@DefaultValue("https://graph.microsoft.com") String resource) {

	/** The resource without a trailing slash, as scopes are written under it. */
	public String uri() {
		return this.resource.endsWith("/") ? this.resource.substring(0, this.resource.length() - 1) : this.resource;
	}

}
