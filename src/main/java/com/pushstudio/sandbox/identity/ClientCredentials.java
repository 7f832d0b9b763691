package com.pushstudio.sandbox.identity;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * The client's id and secret from HTTP Basic (as Spring Security sends them, each
 * form-encoded first, RFC 6749 2.3.1) or from the form body (as Microsoft documents).
 */
record ClientCredentials(String clientId, String clientSecret) {

	static ClientCredentials from(String authorization, Map<String, String> form) {
		if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			String decoded;
			try {
				decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
						StandardCharsets.UTF_8);
			}
			catch (IllegalArgumentException ex) {
				throw AadException.invalidRequest(9002313, "Invalid request. The Authorization header is malformed.");
			}
			int colon = decoded.indexOf(':');
			if (colon > 0) {
				return new ClientCredentials(URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
						URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8));
			}
		}
		return new ClientCredentials(form.get("client_id"), form.get("client_secret"));
	}

}
