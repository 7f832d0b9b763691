package com.pushstudio.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.pushstudio.sandbox.emulator.EmulatorApplication;

import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The standalone emulator ({@code --emulator}) as a separate cloud on its own port, over
 * HTTPS with its self-signed certificate, so that an application under test runs in azure
 * mode against it exactly as against Microsoft: {@code AZURE_CLIENT_ID},
 * {@code AZURE_AUTHORITY_HOST} and {@code POWERBI_API_URL} set, its own sandbox off, and
 * the emulator's truststore trusted as {@code -Djavax.net.ssl.trustStore} would. The
 * app's port is chosen first because the cloud's app registration must list the reply URL
 * before either starts.
 */
public final class SandboxCloud implements AutoCloseable {

	/** The app registration the sandbox knows out of the box (application.yml). */
	private static final String CLIENT_ID = "7e2a5b1c-0000-4000-8000-0000005a4db0";

	private static final String CLIENT_SECRET = "sandbox-only-client-secret";

	private final ConfigurableApplicationContext context;

	private final int appPort;

	private SandboxCloud(ConfigurableApplicationContext context, int appPort) {
		this.context = context;
		this.appPort = appPort;
	}

	/**
	 * Starts the cloud for an app that will listen on {@code appPort}.
	 * @param properties further settings of the cloud, e.g. its limits or faults
	 */
	public static SandboxCloud start(int appPort, String... properties) {
		return start(List.of(appPort), properties);
	}

	/**
	 * Starts one cloud for several instances of the app, one on each of {@code appPorts}:
	 * its app registration lists every instance's reply URLs, as one registration lists
	 * those of every host it is served from. {@link #azureMode} is for the first port.
	 * @param properties further settings of the cloud, e.g. its limits or faults
	 */
	public static SandboxCloud start(List<Integer> appPorts, String... properties) {
		return start(appPorts, List.of(), properties);
	}

	/**
	 * As {@link #start(List, String...)}, with {@code beans} added to the cloud before it
	 * starts, e.g. a servlet filter that records what its Power BI was asked.
	 */
	public static SandboxCloud start(List<Integer> appPorts, List<Object> beans, String... properties) {
		String name = "cloud-" + UUID.randomUUID();
		String replyUrls = appPorts.stream()
			.map((port) -> "http://localhost:" + port + "/login/oauth2/code/azure," + "http://localhost:" + port
					+ "/signin/admin-consent," + "http://localhost:" + port + "/connect/sharepoint/authorized")
			.collect(Collectors.joining(","));
		List<String> settings = new ArrayList<>(List.of("--server.port=0",
				"--spring.datasource.url=jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1",
				"--push-studio.data-dir=target/test-data/" + name, "--push-studio.sandbox.redirect-uris=" + replyUrls));
		for (String property : properties) {
			settings.add("--" + property);
		}
		ConfigurableApplicationContext context = startEmulator(beans, settings.toArray(String[]::new));
		EmulatorTrust.trustJvmWide(truststore(context));
		return new SandboxCloud(context, appPorts.get(0));
	}

	/**
	 * The emulator as {@code --emulator} starts it, but without the test sources'
	 * {@code @TestConfiguration} classes, which its scan of the sandbox's packages would
	 * otherwise find on the test classpath (a Spring Boot test leaves them out the same
	 * way).
	 */
	public static ConfigurableApplicationContext startEmulator(String... settings) {
		return startEmulator(List.of(), settings);
	}

	private static ConfigurableApplicationContext startEmulator(List<Object> beans, String... settings) {
		return EmulatorApplication.builder().initializers((context) -> {
			context.getBeanFactory().registerSingleton("withoutTestConfigurations", new WithoutTestConfigurations());
			for (Object bean : beans) {
				context.getBeanFactory().registerSingleton(bean.getClass().getName(), bean);
			}
		}).run(settings);
	}

	/** A port nothing listens on now, for the app under test. */
	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String url() {
		return "https://localhost:" + this.context.getEnvironment().getRequiredProperty("local.server.port");
	}

	/** Azure mode for the app under test, on the port this cloud expects it on. */
	public void azureMode(DynamicPropertyRegistry registry) {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		azureModeSettings(this.appPort, Base64.getEncoder().encodeToString(key))
			.forEach((name, value) -> registry.add(name, () -> value));
	}

	/**
	 * The settings of azure mode for an instance on {@code appPort}, e.g. for a separate
	 * process's {@code --name=value} arguments. Instances of one database must share
	 * {@code tokenEncryptionKey}: each reads the tokens and sessions another stored.
	 */
	public Map<String, String> azureModeSettings(int appPort, String tokenEncryptionKey) {
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("server.port", String.valueOf(appPort));
		settings.put("azure.client-id", CLIENT_ID);
		settings.put("azure.client-secret", CLIENT_SECRET);
		settings.put("azure.authority-host", url());
		settings.put("powerbi.api-url", url() + "/powerbi");
		settings.put("graph.api-url", url() + "/graph");
		settings.put("push-studio.token-encryption-key", tokenEncryptionKey);
		return settings;
	}

	/**
	 * The PKCS12 truststore (no password) holding the cloud's certificate, for a separate
	 * process's {@code -Djavax.net.ssl.trustStore}.
	 */
	public Path truststore() {
		return truststore(this.context);
	}

	private static Path truststore(ConfigurableApplicationContext context) {
		return Path.of(context.getEnvironment().getRequiredProperty("push-studio.emulator.truststore"))
			.toAbsolutePath();
	}

	/** The cloud's own context, for helpers that read several of its beans. */
	public ConfigurableApplicationContext context() {
		return this.context;
	}

	/** A bean of the cloud, e.g. to read what its Power BI stored. */
	public <T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	@Override
	public void close() {
		this.context.close();
	}

	/** Leaves out {@code @TestConfiguration} classes, as Boot's test filter does. */
	private static final class WithoutTestConfigurations extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
			return reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName());
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof WithoutTestConfigurations;
		}

		@Override
		public int hashCode() {
			return WithoutTestConfigurations.class.hashCode();
		}

	}

}
