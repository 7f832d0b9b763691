package com.pushstudio.upload;

import java.nio.file.Path;
import java.util.UUID;

import com.pushstudio.PushStudioApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An upload outlives the application: stopped mid-job, the next start resumes it from the
 * first unacknowledged batch, and the table ends with exactly the file's rows.
 */
class UploadRestartIntegrationTests {

	@Test
	void aJobInterruptedByARestartResumesAndFinishesExactly() {
		Path folder = Path.of("target", "upload-restart", UUID.randomUUID().toString()).toAbsolutePath();
		String dataset;
		String id;
		String user;
		try (ConfigurableApplicationContext first = start(folder)) {
			UploadFlows flows = new UploadFlows(first);
			user = flows.user();
			dataset = flows.createDataset();
			id = flows.start(dataset, UploadFlows.csv(600), false);
			await().until(() -> flows.job(id).rowsSent() >= 100);
		}
		try (ConfigurableApplicationContext second = start(folder)) {
			UploadFlows flows = new UploadFlows(second, user);
			UploadJob interrupted = flows.job(id);
			assertThat(interrupted.rowsSent()).isLessThan(600);
			UploadJob done = flows.awaitState(id, JobState.DONE);
			assertThat(done.rowsSent()).isEqualTo(600);
			assertThat(flows.storedIds(dataset)).isEqualTo(UploadFlows.ids(1, 600));
		}
	}

	/**
	 * The same data folder and file database each time; slow pacing (5 requests a second
	 * of 20 rows) so that the first run is stopped mid-job.
	 */
	private static ConfigurableApplicationContext start(Path folder) {
		// Arguments, not default properties: they must win over the tests' in-memory
		// database.
		return new SpringApplicationBuilder(PushStudioApplication.class, UploadTestConfig.class).run("--server.port=0",
				"--push-studio.data-dir=" + folder,
				"--spring.datasource.url=jdbc:h2:file:" + folder.resolve("db") + ";AUTO_SERVER=FALSE",
				"--push-studio.upload.limits.rows-per-post=20", "--push-studio.upload.limits.requests-per-window=5",
				"--push-studio.upload.limits.request-window=1s");
	}

}
