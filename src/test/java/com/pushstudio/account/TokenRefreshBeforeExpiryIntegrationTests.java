package com.pushstudio.account;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.pushstudio.support.SignInClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Access tokens that the sandbox issues for two minutes are inside the five minutes
 * before expiry in which the app refreshes, so every use refreshes first and stores what
 * Azure AD returns.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "push-studio.sandbox.access-token-lifetime=2m", "push-studio.account.refresh-before-expiry=5m" })
class TokenRefreshBeforeExpiryIntegrationTests {

	private static final Pattern OBJECT_ID = Pattern.compile("data-testid=\"object-id\">([^<]+)<");

	@LocalServerPort
	int port;

	@Autowired
	PowerBiTokens tokens;

	@Autowired
	OAuth2AuthorizedClientService authorizedClients;

	@Test
	void aTokenAboutToExpireIsRefreshedBeforeUseAndTheNewTokensAreStored() {
		SignInClient browser = new SignInClient(this.port);
		HttpResponse<String> consentPage = browser.follow(browser.get("/oauth2/authorization/azure"));
		browser.follow(browser.answerConsentPage(consentPage, "ada@contoso.example", "accept"));
		Matcher objectId = OBJECT_ID.matcher(browser.get("/connection").body());
		assertThat(objectId.find()).isTrue();
		String principal = objectId.group(1);
		OAuth2AuthorizedClient signedIn = this.authorizedClients.loadAuthorizedClient("azure", principal);

		String used = this.tokens.accessToken(principal);

		OAuth2AuthorizedClient stored = this.authorizedClients.loadAuthorizedClient("azure", principal);
		assertThat(used).isNotEqualTo(signedIn.getAccessToken().getTokenValue())
			.isEqualTo(stored.getAccessToken().getTokenValue());
		assertThat(stored.getRefreshToken().getTokenValue()).isNotEqualTo(signedIn.getRefreshToken().getTokenValue());
	}

}
