package com.pushstudio.account;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

import static com.pushstudio.account.TokenStoreTestConfiguration.KEY_A;
import static com.pushstudio.account.TokenStoreTestConfiguration.KEY_B;
import static com.pushstudio.account.TokenStoreTestConfiguration.KEY_C;
import static com.pushstudio.account.TokenStoreTestConfiguration.cipher;
import static com.pushstudio.account.TokenStoreTestConfiguration.client;
import static com.pushstudio.account.TokenStoreTestConfiguration.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Rotation as an operator does it: connections were stored under key A; the application
 * restarts with "B,A" and re-encrypts them at start-up; from then on "B" alone reads
 * them.
 */
@DataJpaTest(properties = "push-studio.token-encryption-key=" + KEY_B + "," + KEY_A)
@Import({ TokenStoreTestConfiguration.class, TokenKeyRotationTests.StoredBeforeTheRestart.class })
class TokenKeyRotationTests {

	private static final String AZURE = AzureClientRegistrations.REGISTRATION_ID;

	@Autowired
	private StoredConnectionRepository repository;

	@Autowired
	private ObjectProvider<ClientRegistrationRepository> registrations;

	@Autowired
	private EncryptedAuthorizedClientService service;

	@Autowired
	private StoredBeforeTheRestart before;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void connectionsStoredUnderTheOldKeyAreReadableWithTheNewKeyAloneAfterStartUp() {
		EncryptedAuthorizedClientService newKeyOnly = store(KEY_B);

		assertSameTokens(newKeyOnly.loadAuthorizedClient(AZURE, "alice"), this.before.alice);
		assertSameTokens(newKeyOnly.loadAuthorizedClient(AZURE, "bob"), this.before.bob);
		assertThatExceptionOfType(TokenDecryptionException.class)
			.isThrownBy(() -> store(KEY_A).loadAuthorizedClient(AZURE, "alice"));
	}

	@Test
	void connectionsAlreadyUnderTheNewKeyAreLeftAsTheyWere() {
		assertThat(ciphertextOf("carol")).isEqualTo(this.before.carolCiphertext);
	}

	@Test
	void connectionsNoKeyCanReadAreMarkedNeedsConsent() {
		assertThat(this.service.find("dave")).hasValueSatisfying((state) -> assertThat(state.needsConsent()).isTrue());
		assertThat(this.service.find("alice"))
			.hasValueSatisfying((state) -> assertThat(state.needsConsent()).isFalse());
	}

	@Test
	void beforeTheRestartBothKeysReadConnectionsStoredUnderTheOldKey() {
		OAuth2AuthorizedClient erin = client("erin", true);
		store(KEY_A).saveAuthorizedClient(erin, user("erin"));

		assertSameTokens(this.service.loadAuthorizedClient(AZURE, "erin"), erin);
	}

	private EncryptedAuthorizedClientService store(String keys) {
		return new EncryptedAuthorizedClientService(this.repository, cipher(keys), this.registrations);
	}

	private String ciphertextOf(String principalName) {
		return this.jdbc.queryForObject(
				"select access_token_ciphertext from authorized_client where principal_name = ?", String.class,
				principalName);
	}

	private static void assertSameTokens(OAuth2AuthorizedClient loaded, OAuth2AuthorizedClient saved) {
		assertThat(loaded.getAccessToken().getTokenValue()).isEqualTo(saved.getAccessToken().getTokenValue());
		if (saved.getRefreshToken() == null) {
			assertThat(loaded.getRefreshToken()).isNull();
		}
		else {
			assertThat(loaded.getRefreshToken().getTokenValue()).isEqualTo(saved.getRefreshToken().getTokenValue());
		}
	}

	/**
	 * Writes what the database held before the restart, as the application did then; runs
	 * before the other start-up runners, as those rows were there before start-up.
	 */
	@TestComponent
	static class StoredBeforeTheRestart implements ApplicationRunner, Ordered {

		final OAuth2AuthorizedClient alice = client("alice", true);

		final OAuth2AuthorizedClient bob = client("bob", false);

		String carolCiphertext;

		private final StoredConnectionRepository repository;

		private final ObjectProvider<ClientRegistrationRepository> registrations;

		StoredBeforeTheRestart(StoredConnectionRepository repository,
				ObjectProvider<ClientRegistrationRepository> registrations) {
			this.repository = repository;
			this.registrations = registrations;
		}

		@Override
		public void run(ApplicationArguments args) {
			store(KEY_A).saveAuthorizedClient(this.alice, user("alice"));
			store(KEY_A).saveAuthorizedClient(this.bob, user("bob"));
			store(KEY_B).saveAuthorizedClient(client("carol", true), user("carol"));
			store(KEY_C).saveAuthorizedClient(client("dave", true), user("dave"));
			this.carolCiphertext = this.repository.findByRegistrationIdAndPrincipalName(AZURE, "carol")
				.orElseThrow().accessTokenCiphertext;
		}

		@Override
		public int getOrder() {
			return Ordered.HIGHEST_PRECEDENCE;
		}

		private EncryptedAuthorizedClientService store(String keys) {
			return new EncryptedAuthorizedClientService(this.repository, cipher(keys), this.registrations);
		}

	}

}
