package com.pushstudio.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real PostgreSQL for tests (zonky's embedded binaries), started once per test JVM and
 * stopped by its own shutdown hook; each caller gets a database of its own, so that
 * contexts never see each other's tables.
 */
public final class ThrowawayPostgres {

	private static EmbeddedPostgres server;

	private ThrowawayPostgres() {
	}

	/** A new, empty database's settings for a Spring context. */
	public static void newDatabase(DynamicPropertyRegistry registry) {
		String url = newDatabaseUrl();
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

	/** A new, empty database's JDBC URL (user {@code postgres}, no password). */
	public static String newDatabaseUrl() {
		String name = "test_" + UUID.randomUUID().toString().replace("-", "");
		try (Connection connection = server().getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create a test database", ex);
		}
		return server().getJdbcUrl("postgres", name);
	}

	private static synchronized EmbeddedPostgres server() {
		if (server == null) {
			try {
				server = EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return server;
	}

}
