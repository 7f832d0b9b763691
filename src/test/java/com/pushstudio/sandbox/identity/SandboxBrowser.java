package com.pushstudio.sandbox.identity;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.util.HtmlUtils;

/**
 * Talks to the running sandbox over real HTTP as a browser (cookies, no automatic
 * redirects, forms read from the page) and as a confidential client.
 */
class SandboxBrowser {

	static final String CLIENT_ID = "7e2a5b1c-0000-4000-8000-0000005a4db0";

	static final String CLIENT_SECRET = "sandbox-only-client-secret";

	static final String RESOURCE = "https://analysis.windows.net/powerbi/api";

	static final String SCOPES = "openid profile offline_access " + RESOURCE + "/Dataset.ReadWrite.All " + RESOURCE
			+ "/Workspace.Read.All";

	private static final Pattern HIDDEN = Pattern
		.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");

	private static final Pattern ACTION = Pattern.compile("<form method=\"post\" action=\"([^\"]+)\"");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String base;

	SandboxBrowser(int port) {
		this.base = "http://localhost:" + port;
	}

	String redirectUri() {
		return this.base + "/login/oauth2/code/azure";
	}

	HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).GET());
	}

	HttpResponse<String> post(String path, Map<String, String> form, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(encode(form)));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request);
	}

	/** The token endpoint with the client secret in the body. */
	Map<String, Object> token(String tenant, Map<String, String> form) {
		return json(tokenResponse(tenant, form));
	}

	HttpResponse<String> tokenResponse(String tenant, Map<String, String> form) {
		Map<String, String> withClient = new LinkedHashMap<>(form);
		withClient.putIfAbsent("client_id", CLIENT_ID);
		withClient.putIfAbsent("client_secret", CLIENT_SECRET);
		return post("/sandbox/" + tenant + "/oauth2/v2.0/token", withClient);
	}

	/** An authorize URL's query for this client, with PKCE S256 and a nonce. */
	static Map<String, String> authorizeParameters(String redirectUri, String challenge) {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("client_id", CLIENT_ID);
		parameters.put("response_type", "code");
		parameters.put("redirect_uri", redirectUri);
		parameters.put("scope", SCOPES);
		parameters.put("state", "state+with&odd=chars");
		parameters.put("nonce", "nonce-123");
		parameters.put("code_challenge", challenge);
		parameters.put("code_challenge_method", "S256");
		return parameters;
	}

	HttpResponse<String> openConsentPage(String tenant, Map<String, String> parameters) {
		return get("/sandbox/" + tenant + "/oauth2/v2.0/authorize?" + encode(parameters));
	}

	/** Submits the consent form as read from the page, as a browser would. */
	HttpResponse<String> submit(HttpResponse<String> page, String user, String decision) {
		Matcher action = ACTION.matcher(page.body());
		if (!action.find()) {
			throw new IllegalStateException("No form on the page");
		}
		Map<String, String> form = new LinkedHashMap<>();
		Matcher hidden = HIDDEN.matcher(page.body());
		while (hidden.find()) {
			form.put(hidden.group(1), HtmlUtils.htmlUnescape(hidden.group(2)));
		}
		if (user != null) {
			form.put("user", user);
		}
		form.put("decision", decision);
		return post(HtmlUtils.htmlUnescape(action.group(1)), form);
	}

	static Map<String, String> query(HttpResponse<String> redirect) {
		String location = redirect.headers().firstValue("Location").orElseThrow();
		String query = URI.create(location).getRawQuery();
		Map<String, String> parameters = new LinkedHashMap<>();
		for (String pair : query.split("&")) {
			String[] parts = pair.split("=", 2);
			parameters.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
		}
		return parameters;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> json(HttpResponse<String> response) {
		return JSON.readValue(response.body(), Map.class);
	}

	static String newVerifier() {
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}

	static String challenge(String verifier) throws Exception {
		byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
		return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
	}

	static String encode(Map<String, String> form) {
		return form.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
