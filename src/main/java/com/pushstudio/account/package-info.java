/**
 * Sign-in and consent with Azure AD (or the built-in sandbox), and each user's encrypted
 * token store. Other features get a valid Power BI access token for a user from
 * {@link com.pushstudio.account.PowerBiTokens}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Account")
package com.pushstudio.account;
