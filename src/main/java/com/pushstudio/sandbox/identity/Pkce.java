package com.pushstudio.sandbox.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import org.springframework.util.StringUtils;

/** RFC 7636: the code verifier must match the challenge sent to authorize. */
final class Pkce {

	private Pkce() {
	}

	static boolean verifies(String verifier, CodeGrant grant) {
		if (!StringUtils.hasText(verifier)) {
			return false;
		}
		String expected = "S256".equals(grant.codeChallengeMethod()) ? s256(verifier) : verifier;
		return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
				grant.codeChallenge().getBytes(StandardCharsets.US_ASCII));
	}

	private static String s256(String verifier) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
