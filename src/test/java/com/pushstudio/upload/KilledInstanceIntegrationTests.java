package com.pushstudio.upload;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import com.pushstudio.support.SandboxCloud;
import com.pushstudio.support.SignInClient;
import com.pushstudio.support.ThrowawayPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One instance on its embedded database (or on PostgreSQL), killed (SIGKILL) at a random
 * moment of a push and started again on the same data folder: the job must go on by
 * itself and end with every row of the file in the table exactly once. Each batch is
 * recorded before its request goes, so whatever was in flight at the kill is decided by
 * the table's row count on resume, never left to the person. The moment is drawn from a
 * fixed seed, so that a failure can be run again.
 */
class KilledInstanceIntegrationTests {

	private static final int ROWS = 3_000;

	private SandboxCloud cloud;

	private AppProcess app;

	@AfterEach
	void cleanUp() {
		try {
			if (this.app != null) {
				this.app.close();
			}
		}
		finally {
			if (this.cloud != null) {
				this.cloud.close();
			}
		}
	}

	@ParameterizedTest(name = "seed {0} on {1}")
	// Kills 0.2 s, 1.3 s and 3.5 s into the push: in its first requests, amid it, near
	// its end.
	@CsvSource({ "7, H2", "47, H2", "5, H2", "47, POSTGRES", "5, POSTGRES" })
	void aJobKilledWhilePushingEndsDoneWithEveryRowOnceAfterARestart(long seed, Database database) throws Exception {
		Random random = new Random(seed);
		int port = SandboxCloud.freePort();
		// Latency keeps the push going for seconds and holds requests in flight at the
		// kill, which is where a double or a loss would come from.
		this.cloud = SandboxCloud.start(port, "push-studio.sandbox.powerbi.faults.latency=800ms");
		Path dataDir = Path.of("target", "killed-instance", UUID.randomUUID().toString()).toAbsolutePath();
		Map<String, String> settings = new LinkedHashMap<>(
				this.cloud.azureModeSettings(port, AppProcess.newTokenEncryptionKey()));
		settings.put("push-studio.data-dir", dataDir.toString());
		String url = (database == Database.H2) ? AppProcess.embeddedDatabaseUrl() : ThrowawayPostgres.newDatabaseUrl();
		settings.put("spring.datasource.url", url);
		if (database == Database.POSTGRES) {
			settings.put("spring.datasource.username", "postgres");
		}
		settings.put("push-studio.upload.limits.rows-per-post", "100");
		this.app = new AppProcess("killed-" + seed, port, AppProcess.trusting(this.cloud), settings).start();

		SignInClient person = new SignInClient(port);
		person.signIn("ada@contoso.example");
		HttpUploads browser = new HttpUploads(person);
		String datasetId = browser.createDataset();
		String uploadId = browser.upload(datasetId, HttpUploads.csv(ROWS));
		await().atMost(Duration.ofMinutes(1))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> browser.state(uploadId), "Pushing"::equals);
		// The random moment of the kill: the only sleep of the test.
		Thread.sleep(random.nextInt(4_000));
		this.app.kill();
		int storedAtKill = HttpUploads.storedIds(this.cloud, datasetId).size();
		System.out.printf("seed %d: killed with %d of %d rows stored%n", seed, storedAtKill, ROWS);
		assertThat(storedAtKill).as("the kill came while rows were still to be sent").isLessThan(ROWS);

		this.app.start();
		await().atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofMillis(250))
			.failFast("the job asks the person to decide what landed",
					() -> "Needs your decision".equals(browser.state(uploadId)))
			.until(() -> browser.state(uploadId), "Done"::equals);
		// The embedded database is one process's file: read it once the app has ended.
		this.app.stop();
		String readUrl = (database == Database.H2)
				? "jdbc:h2:file:" + dataDir.resolve("push-studio") + ";AUTO_SERVER=FALSE" : url;
		String user = (database == Database.H2) ? "sa" : "postgres";

		assertThat(HttpUploads.storedIds(this.cloud, datasetId)).as("the ids in the table")
			.isEqualTo(HttpUploads.ids(1, ROWS));
		try (Connection connection = DriverManager.getConnection(readUrl, user, "")) {
			assertThat(query(connection, "select state, rows_sent from upload_job where id = '" + uploadId + "'"))
				.containsExactly(List.of("DONE", String.valueOf(ROWS)));
			List<List<String>> batches = query(connection,
					"select how, count(*), sum(row_count) from upload_job_batch where job_id = '" + uploadId
							+ "' group by how order by how");
			System.out.printf("seed %d: batches by how they were known to land: %s%n", seed, batches);
			assertThat(batches).as("batches still in flight").noneMatch((row) -> row.get(0).equals("IN_FLIGHT"));
			assertThat(batches.stream().mapToLong((row) -> Long.parseLong(row.get(2))).sum())
				.as("rows of the recorded batches")
				.isEqualTo(ROWS);
		}
	}

	enum Database {

		H2, POSTGRES

	}

	static List<List<String>> query(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			int columns = result.getMetaData().getColumnCount();
			List<List<String>> rows = new ArrayList<>();
			while (result.next()) {
				List<String> row = new ArrayList<>();
				for (int i = 1; i <= columns; i++) {
					row.add(result.getString(i));
				}
				rows.add(row);
			}
			return rows;
		}
	}

}
