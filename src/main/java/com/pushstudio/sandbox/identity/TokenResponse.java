package com.pushstudio.sandbox.identity;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The token endpoint's success body; absent tokens are left out, as Azure AD does.
 * {@code client_info} comes only when the request asks with {@code client_info=1}, as
 * Microsoft's MSAL libraries do to build their account (msal4j {@code ClientInfo}:
 * base64url JSON with {@code uid} and {@code utid}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TokenResponse(@JsonProperty("token_type") String tokenType, String scope,
		@JsonProperty("expires_in") long expiresIn, @JsonProperty("ext_expires_in") long extExpiresIn,
		@JsonProperty("access_token") String accessToken, @JsonProperty("refresh_token") String refreshToken,
		@JsonProperty("id_token") String idToken, @JsonProperty("client_info") String clientInfo) {
}
