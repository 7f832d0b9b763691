package com.pushstudio.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A job records a batch before it sends it: that record must survive the process being
 * killed right after the commit. H2 flushes commits up to its write delay late (500 ms by
 * default), so the embedded default URL must turn the delay off.
 */
class EmbeddedDatabaseDurabilityTests {

	@TempDir
	Path dataDir;

	@Test
	void aCommitOnTheDefaultEmbeddedDatabaseSurvivesAKillRightAfterIt() throws Exception {
		String url = defaultUrl().replace("${push-studio.data-dir}", this.dataDir.toString());
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				Statement statement = connection.createStatement()) {
			statement.execute("create table batch_record (id int primary key)");
		}
		Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), CommitThenWait.class.getName(), url)
			.redirectErrorStream(true)
			.start();
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = out.readLine()) != null && !line.equals(CommitThenWait.COMMITTED)) {
				// The child's other output (if any) is not ours to read.
			}
			assertThat(line).as("the child's report of its commit").isEqualTo(CommitThenWait.COMMITTED);
			child.destroyForcibly();
			assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
		}
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				Statement statement = connection.createStatement();
				ResultSet count = statement.executeQuery("select count(*) from batch_record")) {
			count.next();
			assertThat(count.getInt(1)).as("rows committed before the kill").isEqualTo(CommitThenWait.ROWS);
		}
	}

	private static String defaultUrl() {
		YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
		yaml.setResources(new ClassPathResource("application.yml"));
		Properties properties = yaml.getObject();
		assertThat(properties).isNotNull();
		return properties.getProperty("spring.datasource.url");
	}

	/** Commits a few rows, says so, and waits to be killed. */
	static final class CommitThenWait {

		static final String COMMITTED = "committed";

		static final int ROWS = 3;

		public static void main(String[] args) throws SQLException, InterruptedException, IOException {
			Connection connection = DriverManager.getConnection(args[0], "sa", "");
			connection.setAutoCommit(false);
			for (int i = 0; i < ROWS; i++) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("insert into batch_record values (" + i + ")");
				}
				connection.commit();
			}
			System.out.println(COMMITTED);
			System.out.flush();
			Thread.sleep(TimeUnit.MINUTES.toMillis(5));
		}

	}

}
