package com.pushstudio.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Power BI lives ({@code POWERBI_API_URL}) and the resource its scopes belong to
 * ({@code POWERBI_RESOURCE}). Sovereign clouds change both.
 */
@ConfigurationProperties("powerbi")
public record PowerBiProperties(@DefaultValue("https://api.powerbi.com") String apiUrl,
		@DefaultValue("https://analysis.windows.net/powerbi/api") String resource) {
}
