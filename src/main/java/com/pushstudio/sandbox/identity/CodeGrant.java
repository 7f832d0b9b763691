package com.pushstudio.sandbox.identity;

import java.time.Instant;

/**
 * What an authorization code stands for, with the parts of the authorize request the
 * token request must repeat or prove (redirect URI, PKCE challenge).
 */
record CodeGrant(String tenantId, String userObjectId, String clientId, String redirectUri, String scope, String nonce,
		String codeChallenge, String codeChallengeMethod, Instant expiresAt) {
}
