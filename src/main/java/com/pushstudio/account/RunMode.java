package com.pushstudio.account;

/**
 * Which cloud the application talks to: its own sandbox (no Azure settings) or Azure AD
 * and Power BI.
 */
public enum RunMode {

	SANDBOX, AZURE

}
