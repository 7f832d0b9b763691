package com.pushstudio.sandbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The resource whose scopes the sandbox grants and whose tokens its Power BI API accepts
 * ({@code POWERBI_RESOURCE}), read here rather than from the account feature, which the
 * standalone emulator does not run.
 */
@ConfigurationProperties("powerbi")
public record PowerBiResource(@DefaultValue("https://analysis.windows.net/powerbi/api") String resource) {

	/** The resource without a trailing slash, as scopes are written under it. */
	public String uri() {
		return this.resource.endsWith("/") ? this.resource.substring(0, this.resource.length() - 1) : this.resource;
	}

}
