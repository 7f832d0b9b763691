package com.pushstudio.sandbox.emulator;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.net.ssl.SSLContext;

import com.microsoft.aad.msal4j.AuthorizationCodeParameters;
import com.microsoft.aad.msal4j.AuthorizationRequestUrlParameters;
import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.PublicClientApplication;
import com.microsoft.aad.msal4j.ResponseMode;
import com.microsoft.aad.msal4j.SilentParameters;
import com.microsoft.aad.msal4j.UserNamePasswordParameters;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import tools.jackson.databind.json.JsonMapper;

import com.pushstudio.support.EmulatorTrust;
import com.pushstudio.support.SandboxCloud;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Microsoft's own msal4j against the standalone emulator over HTTPS, configured as any
 * project would configure it for Azure AD, plus only the switch every MSAL needs off
 * Microsoft's hosts (instance discovery off) and trust in the emulator's certificate.
 */
class EmulatorMsalTests {

	private static final String CONTOSO = "8d9b2f6e-4c1a-4f3e-9b7d-2a5c0e1f3b64";

	private static final String CLIENT_ID = "7e2a5b1c-0000-4000-8000-0000005a4db0";

	private static final String CLIENT_SECRET = "sandbox-only-client-secret";

	private static final String PUBLIC_CLIENT_ID = "7e2a5b1c-0000-4000-8000-0000005a4db1";

	private static final String POWER_BI = "https://analysis.windows.net/powerbi/api";

	private static final Set<String> DATASETS = Set.of(POWER_BI + "/Dataset.ReadWrite.All");

	/**
	 * Registered for the confidential client; nothing listens there: the test reads the
	 * reply.
	 */
	private static final String REPLY_URL = "http://localhost:9/msal/reply";

	private static final Pattern FORM = Pattern.compile("<form[^>]*\\saction=\"([^\"]+)\"");

	private static final Pattern HIDDEN = Pattern
		.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static ConfigurableApplicationContext emulator;

	private static String url;

	private static SSLContext trust;

	@BeforeAll
	static void startEmulator() {
		Path data = Path.of("target/test-data/emulator-msal-" + UUID.randomUUID());
		emulator = SandboxCloud.startEmulator("--server.port=0", "--push-studio.data-dir=" + data,
				"--push-studio.sandbox.redirect-uris=" + REPLY_URL);
		url = "https://localhost:" + emulator.getEnvironment().getRequiredProperty("local.server.port");
		trust = EmulatorTrust.context(data.resolve("emulator-truststore.p12"));
	}

	@AfterAll
	static void stopEmulator() {
		emulator.close();
	}

	@Test
	void clientCredentialsGiveAnAppOnlyTokenWithRolesAndNoScopes() throws Exception {
		IAuthenticationResult result = confidential()
			.acquireToken(ClientCredentialParameters.builder(Set.of(POWER_BI + "/.default")).build())
			.get();
		JWTClaimsSet claims = SignedJWT.parse(result.accessToken()).getJWTClaimsSet();
		assertThat(claims.getStringListClaim("roles")).isNotEmpty();
		assertThat(claims.getClaim("scp")).isNull();
		assertThat(claims.getStringClaim("tid")).isEqualTo(CONTOSO);
	}

	@Test
	void anAuthorizationCodeByFormPostRedeemsIntoAnAccountThatSilentCallsAndRefreshesUse() throws Exception {
		ConfidentialClientApplication app = confidential();
		String authorize = app
			.getAuthorizationRequestUrl(AuthorizationRequestUrlParameters.builder(REPLY_URL, DATASETS)
				.responseMode(ResponseMode.FORM_POST)
				.state("state-1")
				.build())
			.toString();
		Map<String, String> reply = consentAsAda(authorize);
		assertThat(reply).containsEntry("state", "state-1").containsKey("code");

		IAuthenticationResult signedIn = app.acquireToken(
				AuthorizationCodeParameters.builder(reply.get("code"), URI.create(REPLY_URL)).scopes(DATASETS).build())
			.get();
		assertThat(signedIn.account().username()).isEqualTo("ada@contoso.example");
		assertThat(signedIn.account().homeAccountId()).isEqualTo("0a1b2c3d-0000-4000-8000-00000000ada1." + CONTOSO);

		IAuthenticationResult cached = app
			.acquireTokenSilently(SilentParameters.builder(DATASETS, signedIn.account()).build())
			.get();
		assertThat(cached.accessToken()).isEqualTo(signedIn.accessToken());

		// msal4j 1.26.1 refreshes through the cached account's host without its port
		// (Azure's is always 443); naming the authority keeps the emulator's.
		IAuthenticationResult refreshed = app
			.acquireTokenSilently(SilentParameters.builder(DATASETS, signedIn.account())
				.forceRefresh(true)
				.authorityUrl(url + "/" + CONTOSO + "/")
				.build())
			.get();
		assertThat(refreshed.accessToken()).isNotEqualTo(signedIn.accessToken());
		assertThat(SignedJWT.parse(refreshed.accessToken()).getJWTClaimsSet().getStringClaim("scp"))
			.isEqualTo("Dataset.ReadWrite.All");
	}

	@Test
	void thePublicClientSignsInWithAPassword() throws Exception {
		PublicClientApplication app = PublicClientApplication.builder(PUBLIC_CLIENT_ID)
			.authority(url + "/organizations/")
			.instanceDiscovery(false)
			.sslSocketFactory(trust.getSocketFactory())
			.build();
		IAuthenticationResult result = app
			.acquireToken(
					UserNamePasswordParameters.builder(DATASETS, "grace@contoso.example", "sandbox-demo".toCharArray())
						.build())
			.get();
		assertThat(result.account().username()).isEqualTo("grace@contoso.example");
		assertThat(SignedJWT.parse(result.accessToken()).getJWTClaimsSet().getStringClaim("appid"))
			.isEqualTo(PUBLIC_CLIENT_ID);
	}

	@Test
	@SuppressWarnings("unchecked")
	void anAppOnlyTokenListsDatasetsInItsWorkspaceAndIsRefusedMyWorkspace() throws Exception {
		String token = confidential()
			.acquireToken(ClientCredentialParameters.builder(Set.of(POWER_BI + "/.default")).build())
			.get()
			.accessToken();
		HttpClient https = HttpClient.newBuilder().sslContext(trust).build();
		Map<String, Object> groups = json(get(https, "/powerbi/v1.0/myorg/groups", token));
		List<Map<String, Object>> workspaces = (List<Map<String, Object>>) groups.get("value");
		assertThat(workspaces).extracting((group) -> group.get("name")).containsExactly("Automation (sandbox)");
		String workspace = workspaces.get(0).get("id").toString();

		HttpResponse<String> datasets = get(https, "/powerbi/v1.0/myorg/groups/" + workspace + "/datasets", token);
		assertThat(datasets.statusCode()).isEqualTo(200);
		assertThat(json(datasets)).containsEntry("value", List.of());

		HttpResponse<String> myWorkspace = get(https, "/powerbi/v1.0/myorg/datasets", token);
		assertThat(myWorkspace.statusCode()).isEqualTo(401);
		assertThat(json(myWorkspace)).containsEntry("Message", "API is not accessible for application");
	}

	private static ConfidentialClientApplication confidential() throws Exception {
		return ConfidentialClientApplication.builder(CLIENT_ID, ClientCredentialFactory.createFromSecret(CLIENT_SECRET))
			.authority(url + "/" + CONTOSO + "/")
			.instanceDiscovery(false)
			.sslSocketFactory(trust.getSocketFactory())
			.build();
	}

	/**
	 * Opens MSAL's authorize URL as a browser would, picks Ada and accepts, and reads the
	 * form that response_mode=form_post answers with: its target and fields.
	 */
	private static Map<String, String> consentAsAda(String authorize) throws IOException, InterruptedException {
		HttpClient browser = HttpClient.newBuilder()
			.sslContext(trust)
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(authorize)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		Map<String, String> form = hiddenFields(page.body());
		form.put("user", "ada@contoso.example");
		form.put("decision", "accept");
		HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(URI.create(url).resolve(action(page.body())))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(encode(form)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(action(answer.body())).isEqualTo(REPLY_URL);
		return hiddenFields(answer.body());
	}

	private static String action(String html) {
		Matcher form = FORM.matcher(html);
		assertThat(form.find()).as("a form on the page").isTrue();
		return HtmlUtils.htmlUnescape(form.group(1));
	}

	private static Map<String, String> hiddenFields(String html) {
		Map<String, String> fields = new LinkedHashMap<>();
		Matcher hidden = HIDDEN.matcher(html);
		while (hidden.find()) {
			fields.put(hidden.group(1), HtmlUtils.htmlUnescape(hidden.group(2)));
		}
		return fields;
	}

	private static String encode(Map<String, String> form) {
		return form.entrySet()
			.stream()
			.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private static HttpResponse<String> get(HttpClient https, String path, String token)
			throws IOException, InterruptedException {
		return https.send(
				HttpRequest.newBuilder(URI.create(url + path)).header("Authorization", "Bearer " + token).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> json(HttpResponse<String> response) {
		return JSON.readValue(response.body(), Map.class);
	}

}
