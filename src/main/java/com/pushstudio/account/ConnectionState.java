package com.pushstudio.account;

import java.time.Instant;
import java.util.Set;

/**
 * A user's connection as the pages show it: never the tokens, only when the access token
 * expires, what it grants, and whether Azure AD wants the user's consent again.
 */
record ConnectionState(Instant accessTokenExpiresAt, Set<String> scopes, boolean needsConsent, Instant updatedAt) {
}
