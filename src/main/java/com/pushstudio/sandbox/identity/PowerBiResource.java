package com.pushstudio.sandbox.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The resource whose scopes the sandbox grants ({@code POWERBI_RESOURCE}), read here
 * rather than from the account feature, which the sandbox must not depend on.
 */
@ConfigurationProperties("powerbi")
record PowerBiResource(@DefaultValue("https://analysis.windows.net/powerbi/api") String resource) {

	/** The resource without a trailing slash, as scopes are written under it. */
	String uri() {
		return this.resource.endsWith("/") ? this.resource.substring(0, this.resource.length() - 1) : this.resource;
	}

}
