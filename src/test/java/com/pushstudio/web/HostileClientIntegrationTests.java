package com.pushstudio.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.pushstudio.support.SignInClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that is no trusted proxy, over real HTTP: its forwarded headers change
 * nothing, and a body it may not send is refused from its declared length, before Tomcat
 * stores a byte of it. Loopback is not a trusted proxy here, so this client is anyone.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.tomcat.remoteip.internal-proxies=192.0.2.1/32", "push-studio.web.max-request-size=64KB",
				"spring.servlet.multipart.location=${user.dir}/" + HostileClientIntegrationTests.SPOOL })
class HostileClientIntegrationTests {

	static final String SPOOL = "target/multipart-spool";

	private static final long HUNDRED_MB = 100L * 1024 * 1024;

	@LocalServerPort
	int port;

	@BeforeAll
	static void spoolFolder() throws IOException {
		Files.createDirectories(Path.of(SPOOL));
	}

	@Test
	void aHundredMegabyteMultipartPostFromSomeoneNotSignedInIsRefusedBeforeItIsStored() throws Exception {
		// Anywhere but the upload page the small limit refuses it first; there, not
		// being signed in does.
		Map<String, String> refusals = Map.of("/datasets/proposal", "HTTP/1.1 413",
				"/workspaces/me/datasets/any/tables/Sales/upload", "HTTP/1.1 403");
		for (Map.Entry<String, String> refusal : refusals.entrySet()) {
			String path = refusal.getKey();
			Probe probe = postUnread(path, HUNDRED_MB);

			assertThat(probe.statusLine()).as(path).startsWith(refusal.getValue());
			assertThat(probe.largestSpool()).as("bytes stored by Tomcat for %s", path).isLessThan(3L * 1024 * 1024);
			assertThat(probe.sent()).as("bytes the server let in for %s", path).isLessThan(HUNDRED_MB / 2);
		}
	}

	@Test
	void aSignedInBodyAtTheLimitIsTakenAndOneByteMoreIsRefused() {
		SignInClient browser = new SignInClient(this.port);
		browser.signIn("ada@contoso.example");
		String csrf = SignInClient.hiddenFields(browser.get("/datasets/new").body()).get("_csrf");
		Map<String, String> fields = Map.of("_csrf", csrf);
		int room = 64 * 1024 - SignInClient.multipartOverhead(fields, "sample", "sample.csv");

		HttpResponse<String> atLimit = browser.postMultipart("/datasets/proposal", fields, "sample", "sample.csv",
				sample(room));
		HttpResponse<String> overLimit = browser.postMultipart("/datasets/proposal", fields, "sample", "sample.csv",
				sample(room + 1));

		assertThat(atLimit.statusCode()).isEqualTo(200);
		assertThat(atLimit.body()).contains("sample.csv");
		assertThat(overLimit.statusCode()).isEqualTo(413);
	}

	@Test
	void forwardedHeadersFromAClientThatIsNoTrustedProxyAreIgnored() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/oauth2/authorization/azure"))
				.header("X-Forwarded-Host", "evil.example")
				.header("X-Forwarded-Proto", "https")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(302);
		String location = URLDecoder.decode(response.headers().firstValue("Location").orElseThrow(),
				StandardCharsets.UTF_8);
		assertThat(location).contains("redirect_uri=http://localhost:" + this.port + "/login/oauth2/code/azure")
			.doesNotContain("evil.example");
		assertThat(response.headers().allValues("Set-Cookie")).isNotEmpty()
			.noneMatch((cookie) -> cookie.contains("Secure"));
		assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	/** A CSV sample of exactly {@code size} bytes: a header and padded rows. */
	private static byte[] sample(int size) {
		StringBuilder csv = new StringBuilder("Id,Name\n");
		while (csv.length() < size - 20) {
			csv.append("1,abcdefghij\n");
		}
		csv.append("2,");
		csv.append("x".repeat(size - csv.length() - 1)).append('\n');
		return csv.toString().getBytes(StandardCharsets.US_ASCII);
	}

	/**
	 * Sends a multipart POST of {@code bytes} file bytes over a raw socket, as fast as
	 * the server reads it, watching how much Tomcat spools meanwhile, until the server
	 * answers or closes.
	 */
	private Probe postUnread(String path, long bytes) throws Exception {
		String boundary = "----probe";
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"sample\"; filename=\"big.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n";
		String tail = "\r\n--" + boundary + "--\r\n";
		long length = head.length() + bytes + tail.length();
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(60_000);
			OutputStream out = socket.getOutputStream();
			out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost:" + this.port
					+ "\r\nContent-Type: multipart/form-data; boundary=" + boundary + "\r\nContent-Length: " + length
					+ "\r\n\r\n" + head)
				.getBytes(StandardCharsets.US_ASCII));
			CompletableFuture<String> statusLine = CompletableFuture.supplyAsync(() -> readStatusLine(socket));
			byte[] chunk = new byte[64 * 1024];
			Arrays.fill(chunk, (byte) 'x');
			long sent = 0;
			long largestSpool = 0;
			try {
				while (sent < bytes && !statusLine.isDone()) {
					out.write(chunk);
					sent += chunk.length;
					largestSpool = Math.max(largestSpool, spooled());
				}
			}
			catch (IOException closed) {
				// The server answered and closed the connection: what it is meant to do.
			}
			return new Probe(statusLine.get(60, TimeUnit.SECONDS), sent, Math.max(largestSpool, spooled()));
		}
	}

	private static String readStatusLine(Socket socket) {
		try {
			return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
				.readLine();
		}
		catch (IOException ex) {
			return "no answer: " + ex;
		}
	}

	private static long spooled() {
		try (Stream<Path> files = Files.walk(Path.of(SPOOL))) {
			return files.filter(Files::isRegularFile).mapToLong((file) -> file.toFile().length()).sum();
		}
		catch (IOException | java.io.UncheckedIOException ex) {
			return 0;
		}
	}

	private record Probe(String statusLine, long sent, long largestSpool) {
	}

}
