package com.pushstudio.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's side of sign-in over plain HTTP, one request at a time, with cookies and
 * without following redirects, so each hop of the consent flow can be checked.
 */
public final class SignInClient {

	private static final Pattern HIDDEN_INPUT = Pattern
		.compile("<input type=\"hidden\"[^>]*?name=\"([^\"]+)\"[^>]*?value=\"([^\"]*)\"");

	private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");

	private final HttpClient http;

	private final String baseUrl;

	public SignInClient(int port) {
		this(HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build(), port);
	}

	private SignInClient(HttpClient http, int port) {
		this.http = http;
		this.baseUrl = "http://localhost:" + port;
	}

	/**
	 * The same person, with the same cookies, at another port: another instance of the
	 * app behind one load balancer.
	 */
	public SignInClient atPort(int port) {
		return new SignInClient(this.http, port);
	}

	public HttpResponse<String> get(String pathOrUrl) {
		return send(HttpRequest.newBuilder(uri(pathOrUrl)).GET().build());
	}

	/** A GET with extra headers, such as the {@code Referer} a browser sends. */
	public HttpResponse<String> get(String pathOrUrl, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathOrUrl)).GET();
		headers.forEach(request::header);
		return send(request.build());
	}

	public HttpResponse<String> postForm(String pathOrUrl, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(pathOrUrl))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/**
	 * Posts a multipart form: the fields, then one file part; its length is declared, as
	 * a browser declares it.
	 */
	public HttpResponse<String> postMultipart(String pathOrUrl, Map<String, String> fields, String fileField,
			String fileName, byte[] content) {
		String boundary = "----push-studio-test-boundary";
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		fields.forEach((name, value) -> body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(StandardCharsets.UTF_8)));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(uri(pathOrUrl))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	/** The length of what {@link #postMultipart} sends around a file of no bytes. */
	public static int multipartOverhead(Map<String, String> fields, String fileField, String fileName) {
		String boundary = "----push-studio-test-boundary";
		int length = 0;
		for (Map.Entry<String, String> field : fields.entrySet()) {
			length += ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
					+ field.getValue() + "\r\n")
				.getBytes(StandardCharsets.UTF_8).length;
		}
		length += ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8).length;
		return length + ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8).length;
	}

	/** Signs in through the sandbox's consent page as {@code username}. */
	public void signIn(String username) {
		HttpResponse<String> consentPage = follow(get("/oauth2/authorization/azure"));
		follow(answerConsentPage(consentPage, username, "accept"));
	}

	/**
	 * Fills the consent page's form as a person would: picks the user, presses Accept or
	 * Cancel.
	 */
	public HttpResponse<String> answerConsentPage(HttpResponse<String> page, String username, String decision) {
		assertThat(page.statusCode()).as("the consent page").isEqualTo(200);
		Map<String, String> fields = hiddenFields(page.body());
		fields.put("user", username);
		fields.put("decision", decision);
		Matcher action = FORM_ACTION.matcher(page.body());
		assertThat(action.find()).as("the consent page has a form").isTrue();
		// Relative to the consent page, which is the cloud's when the cloud is not the
		// app.
		return postForm(page.uri().resolve(unescape(action.group(1))).toString(), fields);
	}

	/** Follows redirects from a response and returns the first answer that is not one. */
	public HttpResponse<String> follow(HttpResponse<String> response) {
		HttpResponse<String> current = response;
		for (int hops = 0; hops < 10 && isRedirect(current); hops++) {
			current = get(location(current));
		}
		return current;
	}

	public static boolean isRedirect(HttpResponse<String> response) {
		return response.statusCode() / 100 == 3;
	}

	public static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElseThrow();
	}

	public static Map<String, String> hiddenFields(String html) {
		Map<String, String> fields = new LinkedHashMap<>();
		Matcher matcher = HIDDEN_INPUT.matcher(html);
		while (matcher.find()) {
			fields.put(matcher.group(1), unescape(matcher.group(2)));
		}
		return fields;
	}

	private URI uri(String pathOrUrl) {
		return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : this.baseUrl + pathOrUrl);
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String unescape(String html) {
		return html.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&#x2F;", "/")
			.replace("&amp;", "&");
	}

}
