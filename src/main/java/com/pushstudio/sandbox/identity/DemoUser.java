package com.pushstudio.sandbox.identity;

/**
 * A seeded user. {@code mfaRequired} users can sign in on the consent page (it stands in
 * for the second factor) but not with the password grant, as in Azure AD.
 */
record DemoUser(String objectId, String displayName, String username, boolean mfaRequired) {
}
