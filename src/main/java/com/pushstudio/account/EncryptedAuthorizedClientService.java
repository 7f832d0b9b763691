package com.pushstudio.account;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataRetrievalFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The authorized clients (each user's tokens) in the database, encrypted, so that work
 * running after the user left can still refresh and use them. Saving a client means the
 * user has just consented or a refresh succeeded, so it also clears "needs consent".
 * <p>
 * Users are keyed by their object id ({@code oid}), which Azure AD issues as a GUID; it
 * is unique within a tenant, and only {@code tid} with {@code oid} is documented as
 * unique across tenants. Rather than re-key every owner column, the first tenant a
 * principal signs in from is kept, and a sign-in with the same {@code oid} from another
 * tenant is refused before it reaches that principal's data.
 */
@Service
@Transactional
class EncryptedAuthorizedClientService implements OAuth2AuthorizedClientService, ConnectionStates {

	private final StoredConnectionRepository connections;

	private final TokenCipher cipher;

	// The registrations are built elsewhere, and only on first use (see
	// AzureClientRegistrations).
	private final ObjectProvider<ClientRegistrationRepository> registrations;

	EncryptedAuthorizedClientService(StoredConnectionRepository connections, TokenCipher cipher,
			ObjectProvider<ClientRegistrationRepository> registrations) {
		this.connections = connections;
		this.cipher = cipher;
		this.registrations = registrations;
	}

	@Override
	@Transactional(readOnly = true)
	@SuppressWarnings("unchecked")
	public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String registrationId, String principalName) {
		StoredConnection stored = this.connections.findByRegistrationIdAndPrincipalName(registrationId, principalName)
			.orElse(null);
		if (stored == null) {
			return null;
		}
		ClientRegistration registration = this.registrations.getObject().findByRegistrationId(registrationId);
		if (registration == null) {
			// As Spring's JDBC store: a row for a registration the application no longer
			// knows is an error, not "no client".
			throw new DataRetrievalFailureException(
					"The client registration '" + registrationId + "' has stored connections but is not configured");
		}
		OAuth2AccessToken accessToken = new OAuth2AccessToken(tokenType(stored.accessTokenType),
				this.cipher.decrypt(stored.accessTokenCiphertext, TokenSlot.access(registrationId, principalName)),
				stored.accessTokenIssuedAt, stored.accessTokenExpiresAt, scopes(stored.accessTokenScopes));
		OAuth2RefreshToken refreshToken = (stored.refreshTokenCiphertext != null) ? new OAuth2RefreshToken(
				this.cipher.decrypt(stored.refreshTokenCiphertext, TokenSlot.refresh(registrationId, principalName)),
				stored.refreshTokenIssuedAt) : null;
		return (T) new OAuth2AuthorizedClient(registration, principalName, accessToken, refreshToken);
	}

	@Override
	public void saveAuthorizedClient(OAuth2AuthorizedClient client, Authentication principal) {
		String registrationId = client.getClientRegistration().getRegistrationId();
		String principalName = principal.getName();
		StoredConnection stored = this.connections.findByRegistrationIdAndPrincipalName(registrationId, principalName)
			.orElseGet(() -> new StoredConnection(registrationId, principalName));
		String tenant = tenantOf(principal);
		if (tenant != null && stored.tenantId != null && !stored.tenantId.equals(tenant)) {
			throw new OAuth2AuthenticationException(new OAuth2Error("tenant_mismatch",
					"This account's object id is already Push Studio's for a user of another tenant", null));
		}
		if (tenant != null) {
			stored.tenantId = tenant;
		}
		OAuth2AccessToken accessToken = client.getAccessToken();
		stored.accessTokenCiphertext = this.cipher.encrypt(accessToken.getTokenValue(),
				TokenSlot.access(registrationId, principalName));
		stored.accessTokenType = accessToken.getTokenType().getValue();
		stored.accessTokenIssuedAt = accessToken.getIssuedAt();
		stored.accessTokenExpiresAt = accessToken.getExpiresAt();
		stored.accessTokenScopes = String.join(" ", accessToken.getScopes());
		OAuth2RefreshToken refreshToken = client.getRefreshToken();
		stored.refreshTokenCiphertext = (refreshToken != null)
				? this.cipher.encrypt(refreshToken.getTokenValue(), TokenSlot.refresh(registrationId, principalName))
				: null;
		stored.refreshTokenIssuedAt = (refreshToken != null) ? refreshToken.getIssuedAt() : null;
		stored.needsConsent = false;
		stored.updatedAt = Instant.now();
		this.connections.save(stored);
	}

	@Override
	public void removeAuthorizedClient(String registrationId, String principalName) {
		this.connections.deleteConnection(registrationId, principalName);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ConnectionState> find(String registrationId, String principalName) {
		return this.connections.findByRegistrationIdAndPrincipalName(registrationId, principalName)
			.map((stored) -> new ConnectionState(stored.accessTokenExpiresAt, scopes(stored.accessTokenScopes),
					stored.needsConsent, stored.updatedAt));
	}

	/** Keeps the tokens (the access token may still work for a while); only the flag. */
	@Override
	public void markNeedsConsent(String registrationId, String principalName) {
		this.connections.markNeedsConsent(registrationId, principalName, Instant.now());
	}

	/**
	 * The signed-in user's tenant, from the id token; {@code null} for a refresh, which
	 * runs without the user.
	 */
	private static String tenantOf(Authentication principal) {
		if (principal != null && principal.getPrincipal() instanceof OidcUser user) {
			return user.getClaimAsString("tid");
		}
		return null;
	}

	private static OAuth2AccessToken.TokenType tokenType(String value) {
		return OAuth2AccessToken.TokenType.DPOP.getValue().equalsIgnoreCase(value) ? OAuth2AccessToken.TokenType.DPOP
				: OAuth2AccessToken.TokenType.BEARER;
	}

	private static Set<String> scopes(String spaceSeparated) {
		return StringUtils.hasText(spaceSeparated)
				? new LinkedHashSet<>(Arrays.asList(spaceSeparated.trim().split(" +"))) : Set.of();
	}

}
