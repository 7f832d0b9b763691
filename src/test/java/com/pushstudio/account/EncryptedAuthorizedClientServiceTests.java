package com.pushstudio.account;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import com.pushstudio.support.DatabaseContents;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

import static com.pushstudio.account.TokenStoreTestConfiguration.client;
import static com.pushstudio.account.TokenStoreTestConfiguration.tokensOf;
import static com.pushstudio.account.TokenStoreTestConfiguration.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@DataJpaTest(properties = "push-studio.token-encryption-key=" + TokenStoreTestConfiguration.KEY_A)
@Import(TokenStoreTestConfiguration.class)
class EncryptedAuthorizedClientServiceTests {

	private static final String AZURE = AzureClientRegistrations.REGISTRATION_ID;

	@Autowired
	private EncryptedAuthorizedClientService service;

	@Autowired
	private TestEntityManager entityManager;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void noTokenIsStoredInClearAnywhereInTheDatabase() {
		OAuth2AuthorizedClient alice = client("alice@contoso.example", true);
		this.service.saveAuthorizedClient(alice, user("alice@contoso.example"));
		this.entityManager.flush();

		List<String> everyValue = everyValueInTheDatabase();

		// The scan sees what is stored: the user's name and the ciphertexts.
		assertThat(everyValue).contains("alice@contoso.example",
				column("access_token_ciphertext", "alice@contoso.example"));
		for (String token : tokensOf(alice)) {
			String base64 = Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8));
			assertThat(everyValue).noneMatch((value) -> value.contains(token) || value.contains(base64));
		}
	}

	@Test
	void theSameObjectIdSignedInFromAnotherTenantIsRefusedAndItsTokensStay() {
		OAuth2AuthorizedClient contoso = client("0a1b2c3d-oid", true);
		this.service.saveAuthorizedClient(contoso, signedIn("0a1b2c3d-oid", "tenant-contoso"));
		this.service.saveAuthorizedClient(client("0a1b2c3d-oid", true), signedIn("0a1b2c3d-oid", "tenant-contoso"));
		this.entityManager.flush();

		assertThatExceptionOfType(OAuth2AuthenticationException.class)
			.isThrownBy(() -> this.service.saveAuthorizedClient(client("0a1b2c3d-oid", true),
					signedIn("0a1b2c3d-oid", "tenant-fabrikam")))
			.satisfies((ex) -> assertThat(ex.getError().getErrorCode()).isEqualTo("tenant_mismatch"));
		this.entityManager.clear();
		assertThat(this.jdbc.queryForObject("select tenant_id from authorized_client where principal_name = ?",
				String.class, "0a1b2c3d-oid"))
			.isEqualTo("tenant-contoso");
		// A refresh runs without the user, so without a tenant: it is not refused.
		this.service.saveAuthorizedClient(client("0a1b2c3d-oid", true), user("0a1b2c3d-oid"));
	}

	private static Authentication signedIn(String oid, String tid) {
		OidcIdToken idToken = OidcIdToken.withTokenValue("id-token")
			.subject("sub-" + oid)
			.claim("oid", oid)
			.claim("tid", tid)
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(3600))
			.build();
		DefaultOidcUser user = new DefaultOidcUser(List.of(), idToken, "oid");
		return new OAuth2AuthenticationToken(user, List.of(), AZURE);
	}

	@Test
	void loadingReturnsTheSavedTokensExpiryAndScopes() {
		OAuth2AuthorizedClient saved = client("alice", true);
		this.service.saveAuthorizedClient(saved, user("alice"));
		this.entityManager.flush();
		this.entityManager.clear();

		OAuth2AuthorizedClient loaded = this.service.loadAuthorizedClient(AZURE, "alice");

		assertThat(loaded.getPrincipalName()).isEqualTo("alice");
		assertThat(loaded.getClientRegistration().getRegistrationId()).isEqualTo(AZURE);
		assertThat(loaded.getAccessToken().getTokenValue()).isEqualTo(saved.getAccessToken().getTokenValue());
		assertThat(loaded.getAccessToken().getTokenType()).isEqualTo(saved.getAccessToken().getTokenType());
		assertThat(loaded.getAccessToken().getIssuedAt()).isEqualTo(saved.getAccessToken().getIssuedAt());
		assertThat(loaded.getAccessToken().getExpiresAt()).isEqualTo(saved.getAccessToken().getExpiresAt());
		assertThat(loaded.getAccessToken().getScopes()).isEqualTo(saved.getAccessToken().getScopes());
		assertThat(loaded.getRefreshToken().getTokenValue()).isEqualTo(saved.getRefreshToken().getTokenValue());
		assertThat(loaded.getRefreshToken().getIssuedAt()).isEqualTo(saved.getRefreshToken().getIssuedAt());
	}

	@Test
	void aClientWithoutRefreshTokenLoadsWithoutOne() {
		this.service.saveAuthorizedClient(client("alice", false), user("alice"));
		this.entityManager.flush();
		this.entityManager.clear();

		assertThat(this.service.loadAuthorizedClient(AZURE, "alice").getRefreshToken()).isNull();
	}

	@Test
	void savingAgainOverwritesTheUsersRow() {
		this.service.saveAuthorizedClient(client("alice", true), user("alice"));
		OAuth2AuthorizedClient refreshed = client("alice", true);
		this.service.saveAuthorizedClient(refreshed, user("alice"));
		this.entityManager.flush();
		this.entityManager.clear();

		assertThat(this.jdbc.queryForObject("select count(*) from authorized_client", Integer.class)).isOne();
		assertThat(this.service.loadAuthorizedClient(AZURE, "alice").getAccessToken().getTokenValue())
			.isEqualTo(refreshed.getAccessToken().getTokenValue());
	}

	@Test
	void aCiphertextCopiedIntoAnotherUsersRowDoesNotDecrypt() {
		OAuth2AuthorizedClient alice = client("alice", true);
		OAuth2AuthorizedClient bob = client("bob", true);
		this.service.saveAuthorizedClient(alice, user("alice"));
		this.service.saveAuthorizedClient(bob, user("bob"));
		this.entityManager.flush();
		this.jdbc.update("update authorized_client set access_token_ciphertext = ? where principal_name = 'bob'",
				column("access_token_ciphertext", "alice"));
		this.entityManager.clear();

		assertThatExceptionOfType(TokenDecryptionException.class)
			.isThrownBy(() -> this.service.loadAuthorizedClient(AZURE, "bob"))
			.withMessageContaining("registration 'azure', user 'bob'")
			.satisfies((ex) -> assertNoTokenIn(ex, alice, bob));
	}

	@Test
	void aTamperedCiphertextIsRejected() {
		OAuth2AuthorizedClient alice = client("alice", true);
		this.service.saveAuthorizedClient(alice, user("alice"));
		this.entityManager.flush();
		byte[] ciphertext = Base64.getDecoder().decode(column("refresh_token_ciphertext", "alice"));
		ciphertext[ciphertext.length / 2] ^= 0x01;
		this.jdbc.update("update authorized_client set refresh_token_ciphertext = ? where principal_name = 'alice'",
				Base64.getEncoder().encodeToString(ciphertext));
		this.entityManager.clear();

		assertThatExceptionOfType(TokenDecryptionException.class)
			.isThrownBy(() -> this.service.loadAuthorizedClient(AZURE, "alice"))
			.withMessageContaining("refresh token of registration 'azure', user 'alice'")
			.satisfies((ex) -> assertNoTokenIn(ex, alice));
	}

	@Test
	void aConnectionMarkedNeedsConsentIsClearedByTheNextSave() {
		this.service.saveAuthorizedClient(client("alice", true), user("alice"));
		assertThat(this.service.find("alice"))
			.hasValueSatisfying((state) -> assertThat(state.needsConsent()).isFalse());

		this.service.markNeedsConsent(AZURE, "alice");
		assertThat(this.service.find("alice")).hasValueSatisfying((state) -> assertThat(state.needsConsent()).isTrue());

		this.service.saveAuthorizedClient(client("alice", true), user("alice"));
		assertThat(this.service.find("alice"))
			.hasValueSatisfying((state) -> assertThat(state.needsConsent()).isFalse());
	}

	@Test
	void theConnectionStateShowsExpiryAndScopesButNoToken() {
		OAuth2AuthorizedClient alice = client("alice", true);
		this.service.saveAuthorizedClient(alice, user("alice"));

		ConnectionState state = this.service.find("alice").orElseThrow();

		assertThat(state.accessTokenExpiresAt()).isEqualTo(alice.getAccessToken().getExpiresAt());
		assertThat(state.scopes()).isEqualTo(alice.getAccessToken().getScopes());
		assertThat(state.updatedAt()).isNotNull();
		assertThat(state.toString()).doesNotContain(tokensOf(alice));
	}

	@Test
	void aUserWithoutAStoredConnectionHasNoStateAndNoClient() {
		assertThat(this.service.find("nobody")).isEmpty();
		assertThat((OAuth2AuthorizedClient) this.service.loadAuthorizedClient(AZURE, "nobody")).isNull();
	}

	@Test
	void removingTheClientDeletesTheConnection() {
		this.service.saveAuthorizedClient(client("alice", true), user("alice"));
		this.service.saveAuthorizedClient(client("bob", true), user("bob"));

		this.service.removeAuthorizedClient(AZURE, "alice");

		assertThat(this.service.find("alice")).isEmpty();
		assertThat(this.service.find("bob")).isPresent();
	}

	@Test
	void theStoredRowPrintsNoCiphertext() {
		this.service.saveAuthorizedClient(client("alice", true), user("alice"));
		this.entityManager.flush();
		StoredConnection stored = this.entityManager.getEntityManager()
			.createQuery("from StoredConnection", StoredConnection.class)
			.getSingleResult();

		assertThat(stored.toString()).contains("alice")
			.doesNotContain(stored.accessTokenCiphertext)
			.doesNotContain(stored.refreshTokenCiphertext);
	}

	private List<String> everyValueInTheDatabase() {
		List<String> tables = this.jdbc.queryForList(
				"select table_name from information_schema.tables where upper(table_schema) = 'PUBLIC'", String.class);
		assertThat(tables).anyMatch("authorized_client"::equalsIgnoreCase);
		return DatabaseContents.everyValue(this.jdbc);
	}

	private String column(String column, String principalName) {
		return this.jdbc.queryForObject("select " + column + " from authorized_client where principal_name = ?",
				String.class, principalName);
	}

	private static void assertNoTokenIn(Throwable exception, OAuth2AuthorizedClient... clients) {
		for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
			for (OAuth2AuthorizedClient client : clients) {
				assertThat(String.valueOf(cause.getMessage())).doesNotContain(tokensOf(client));
			}
		}
	}

}
