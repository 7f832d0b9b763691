package com.pushstudio.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

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

	/** Without the secret: settings end up in logs and failure reports. */
	@Override
	public String toString() {
		return "AzureProperties[tenantId=" + this.tenantId + ", clientId=" + this.clientId + ", clientSecret="
				+ (StringUtils.hasText(this.clientSecret) ? "(set)" : "(not set)") + ", authorityHost="
				+ this.authorityHost + "]";
	}

}
