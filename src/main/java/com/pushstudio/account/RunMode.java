package com.pushstudio.account;

import org.springframework.util.StringUtils;

/**
 * Which cloud the application talks to: its own sandbox (no Azure settings) or Azure AD
 * and Power BI. {@link #of} is the one place that decides it; the sandbox's condition and
 * {@link AzureProperties} both ask it.
 */
public enum RunMode {

	SANDBOX, AZURE;

	/**
	 * Azure mode exactly when an Azure client id is set ({@code AZURE_CLIENT_ID}).
	 * @param azureClientId the value of {@code azure.client-id}, may be {@code null}
	 */
	public static RunMode of(String azureClientId) {
		return StringUtils.hasText(azureClientId) ? AZURE : SANDBOX;
	}

}
