package com.pushstudio.sandbox.identity;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The token endpoint's success body; absent tokens are left out, as Azure AD does. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TokenResponse(@JsonProperty("token_type") String tokenType, String scope,
		@JsonProperty("expires_in") long expiresIn, @JsonProperty("ext_expires_in") long extExpiresIn,
		@JsonProperty("access_token") String accessToken, @JsonProperty("refresh_token") String refreshToken,
		@JsonProperty("id_token") String idToken) {
}
