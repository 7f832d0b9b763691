package com.pushstudio.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import com.pushstudio.PushStudioApplication;
import com.pushstudio.support.SandboxCloud;

import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The application as a separate process, as it runs in production: a kill ({@link #kill},
 * SIGKILL) ends it with no shutdown hook, no finally block and no last write, which no
 * in-JVM context close can imitate. Its output goes to a file of its own per start, to
 * read when a test fails.
 */
final class AppProcess implements AutoCloseable {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String name;

	private final int port;

	private final List<String> command;

	private final Path logs;

	private Process process;

	private int starts;

	/**
	 * @param name the instance's name in its log files
	 * @param port the port it serves on (also passed as {@code --server.port})
	 * @param jvmOptions options of the JVM, e.g. system properties
	 * @param settings the application's settings, passed as {@code --name=value}
	 */
	AppProcess(String name, int port, List<String> jvmOptions, Map<String, String> settings) {
		this.name = name;
		this.port = port;
		this.logs = Path.of("target", "app-processes").toAbsolutePath();
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		// Small, as an instance in a container is; and two cores run several of these.
		command.add("-Xmx256m");
		command.add("-XX:TieredStopAtLevel=1");
		command.addAll(jvmOptions);
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(PushStudioApplication.class.getName());
		Map<String, String> all = new LinkedHashMap<>(settings);
		all.put("server.port", String.valueOf(port));
		all.forEach((key, value) -> command.add("--" + key + "=" + value));
		this.command = List.copyOf(command);
	}

	/**
	 * JVM options to trust the cloud's self-signed certificate, as an operator passes
	 * them to an app in front of the emulator.
	 */
	static List<String> trusting(SandboxCloud cloud) {
		return List.of("-Djavax.net.ssl.trustStore=" + cloud.truststore(), "-Djavax.net.ssl.trustStoreType=PKCS12");
	}

	/**
	 * The embedded database as the application's own settings name it (an H2 file in the
	 * data folder), for a process that would otherwise take the tests' in-memory one from
	 * the test classpath.
	 */
	static String embeddedDatabaseUrl() {
		YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
		yaml.setResources(new ClassPathResource("application.yml"));
		Properties properties = yaml.getObject();
		assertThat(properties).isNotNull();
		return properties.getProperty("spring.datasource.url");
	}

	/** A key for {@code push-studio.token-encryption-key}, one per database. */
	static String newTokenEncryptionKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

	int port() {
		return this.port;
	}

	String name() {
		return this.name;
	}

	/** Starts the process and waits until it reports itself ready for traffic. */
	AppProcess start() {
		assertThat(isAlive()).as("%s is already running", this.name).isFalse();
		this.starts++;
		Path log = this.logs.resolve(this.name + "-" + this.starts + ".log");
		try {
			Files.createDirectories(this.logs);
			this.process = new ProcessBuilder(this.command).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Process started = this.process;
		await().atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofMillis(250))
			.failFast(this.name + " ended while starting (see " + log + ")", () -> !started.isAlive())
			.until(this::readiness, (status) -> status == 200);
		return this;
	}

	/** SIGKILL: the process ends where it stands. */
	void kill() {
		if (this.process != null) {
			this.process.destroyForcibly();
			waitForEnd();
		}
	}

	/** SIGTERM: the application shuts down as an orchestrator stops it. */
	void stop() {
		if (this.process != null) {
			this.process.destroy();
			if (!waitForEnd()) {
				kill();
			}
		}
	}

	boolean isAlive() {
		return this.process != null && this.process.isAlive();
	}

	@Override
	public void close() {
		kill();
	}

	private boolean waitForEnd() {
		try {
			return this.process.waitFor(60, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private int readiness() {
		try {
			HttpRequest request = HttpRequest
				.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/health/readiness"))
				.timeout(Duration.ofSeconds(5))
				.build();
			HttpResponse<String> response = HTTP.send(request,
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return response.body().contains("\"UP\"") ? response.statusCode() : -response.statusCode();
		}
		catch (IOException ex) {
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
