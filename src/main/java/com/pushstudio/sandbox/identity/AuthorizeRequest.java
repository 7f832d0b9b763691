package com.pushstudio.sandbox.identity;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parameters of an authorize request. The consent form posts them back as hidden
 * fields, so both steps are checked the same way and nothing waits in a session.
 */
record AuthorizeRequest(String clientId, String redirectUri, String responseType, String responseMode, String scope,
		String state, String nonce, String codeChallenge, String codeChallengeMethod, String prompt) {

	static AuthorizeRequest from(Map<String, String> parameters) {
		return new AuthorizeRequest(parameters.get("client_id"), parameters.get("redirect_uri"),
				parameters.get("response_type"), parameters.get("response_mode"), parameters.get("scope"),
				parameters.get("state"), parameters.get("nonce"), parameters.get("code_challenge"),
				parameters.get("code_challenge_method"), parameters.get("prompt"));
	}

	/** The parameters as they came, for the form's hidden fields. */
	Map<String, String> asParameters() {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("client_id", this.clientId);
		parameters.put("redirect_uri", this.redirectUri);
		parameters.put("response_type", this.responseType);
		parameters.put("response_mode", this.responseMode);
		parameters.put("scope", this.scope);
		parameters.put("state", this.state);
		parameters.put("nonce", this.nonce);
		parameters.put("code_challenge", this.codeChallenge);
		parameters.put("code_challenge_method", this.codeChallengeMethod);
		parameters.values().removeIf(java.util.Objects::isNull);
		return parameters;
	}

}
