package com.pushstudio.account;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.pushstudio.PushStudioApplication;
import com.pushstudio.support.SignInClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions are kept in the database: a person signed in on one instance is signed in on
 * every instance of that database, and what the database holds of a session is
 * ciphertext, never the person's tokens or claims.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SharedSessionsIntegrationTests {

	private static final String DATABASE = "jdbc:h2:mem:shared-sessions-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

	@DynamicPropertySource
	static void sharedDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> DATABASE);
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aPersonSignedInOnOneInstanceIsSignedInOnAnotherOfTheSameDatabase() {
		SignInClient person = new SignInClient(this.port);
		person.signIn("ada@contoso.example");
		assertThat(person.get("/connection").statusCode()).isEqualTo(200);

		try (ConfigurableApplicationContext other = new SpringApplicationBuilder(PushStudioApplication.class)
			.run("--server.port=0", "--spring.datasource.url=" + DATABASE)) {
			int otherPort = other.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
			HttpResponse<String> page = person.atPort(otherPort).get("/connection");

			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("ada@contoso.example");
		}
	}

	@Test
	void theDatabaseHoldsNoTokenOrClaimOfASession() {
		new SignInClient(this.port).signIn("ada@contoso.example");

		List<byte[]> attributes = this.jdbc.query("select attribute_bytes from spring_session_attributes",
				(row, index) -> row.getBytes(1));

		assertThat(attributes).isNotEmpty();
		for (byte[] attribute : attributes) {
			String bytes = new String(attribute, StandardCharsets.ISO_8859_1);
			// Java serialization writes class names and strings as they are; a JWT starts
			// with eyJ.
			assertThat(bytes).doesNotContain("ada@contoso.example", "Lovelace", "eyJ", "SecurityContext", "java.");
		}
	}

}
