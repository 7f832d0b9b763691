package com.pushstudio.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Azure AD app registration and authority ({@code AZURE_*} environment variables).
 * Without a client id the application runs in sandbox mode.
 */
@ConfigurationProperties("azure")
public record AzureProperties(@DefaultValue("organizations") String tenantId, String clientId, String clientSecret,
		@DefaultValue("https://login.microsoftonline.com") String authorityHost) {

	public boolean sandboxMode() {
		return RunMode.of(this.clientId) == RunMode.SANDBOX;
	}

}
