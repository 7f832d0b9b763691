/**
 * The built-in sandbox cloud: an Azure AD v2.0 identity provider and the Power BI push
 * API and Microsoft Graph's SharePoint lists, served over HTTP under {@code /sandbox/} in
 * sandbox mode only. Nothing else in the application may import it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sandbox")
package com.pushstudio.sandbox;
