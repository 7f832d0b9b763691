package com.pushstudio.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Microsoft Graph lives ({@code GRAPH_API_URL}) and the resource its scopes belong
 * to ({@code GRAPH_RESOURCE}). Sovereign clouds change both (US Government:
 * {@code https://graph.microsoft.us}, China:
 * {@code https://microsoftgraph.chinacloudapi.cn}).
 */
@ConfigurationProperties("graph")
public record GraphProperties(@DefaultValue("https://graph.microsoft.com") String apiUrl,
		@DefaultValue("https://graph.microsoft.com") String resource) {
}
