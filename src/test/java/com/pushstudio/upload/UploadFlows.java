package com.pushstudio.upload;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.pushstudio.dataset.DatasetDesigner;
import com.pushstudio.dataset.DatasetForm;
import com.pushstudio.powerbi.Column;
import com.pushstudio.powerbi.DataType;
import com.pushstudio.powerbi.Table;
import com.pushstudio.sandbox.powerbi.SandboxTableRows;

import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the upload tests do, against one running application: make a dataset in the
 * sandbox, write a CSV file, upload it through {@link UploadJobs}, and compare what the
 * sandbox stored with the file.
 */
final class UploadFlows {

	static final String TABLE = "Sales";

	private final String user;

	private final UploadJobs uploads;

	private final UploadJobRepository jobs;

	private final DatasetDesigner designer;

	private final SandboxTableRows tableRows;

	UploadFlows(ApplicationContext context) {
		this(context, UUID.randomUUID().toString());
	}

	/** As {@code user}: a second application context carries on for the same user. */
	UploadFlows(ApplicationContext context, String user) {
		this.uploads = context.getBean(UploadJobs.class);
		this.jobs = context.getBean(UploadJobRepository.class);
		this.designer = context.getBean(DatasetDesigner.class);
		this.tableRows = context.getBean(SandboxTableRows.class);
		this.user = user;
	}

	String user() {
		return this.user;
	}

	String createDataset() {
		Table table = Table.of(TABLE, List.of(Column.of("Id", DataType.INT64), Column.of("Name", DataType.STRING),
				Column.of("Amount", DataType.DOUBLE), Column.of("When", DataType.DATETIME)));
		return this.designer.create(user(), DatasetForm.of("Uploads " + UUID.randomUUID(), List.of(table)));
	}

	/** A valid file of {@code rows} rows with ids 1..rows. */
	static byte[] csv(int rows) {
		StringBuilder csv = new StringBuilder("Id,Name,Amount,When\n");
		for (int i = 1; i <= rows; i++) {
			csv.append(i).append(",Name ").append(i).append(',').append(i).append(".5,2025-03-01T10:00:00Z\n");
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	static Path write(byte[] content) throws IOException {
		Path file = Path.of("target", "upload-tests", UUID.randomUUID() + ".csv");
		Files.createDirectories(file.getParent());
		return Files.write(file, content);
	}

	/** Uploads, keeps the detected options and mapping, and starts. */
	String start(String datasetId, byte[] csv, boolean replace) {
		String id = this.uploads.create(user(), "me", datasetId, TABLE,
				new MockMultipartFile("file", "sales.csv", "text/csv", csv));
		this.uploads.submit(user(), id, replace);
		return id;
	}

	UploadJob job(String id) {
		return this.jobs.findById(id).orElseThrow();
	}

	UploadJob awaitState(String id, JobState state) {
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(100))
			.untilAsserted(() -> assertThat(job(id).state()).as(() -> describe(job(id))).isEqualTo(state));
		return job(id);
	}

	/** The worker deletes an ended job's file just after saving its last state. */
	void awaitFileDeleted(UploadJob job) {
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(100))
			.untilAsserted(() -> assertThat(Path.of(job.filePath())).doesNotExist());
	}

	/** The ids the sandbox stored, in push order. */
	List<Long> storedIds(String datasetId) {
		List<Long> ids = new ArrayList<>();
		for (Map<String, Object> row : this.tableRows.rows(datasetId, TABLE)) {
			ids.add(((Number) row.get("Id")).longValue());
		}
		return ids;
	}

	/**
	 * The ids the sandbox stored, smallest first: with several batches in flight rows
	 * land out of file order, and a row stored twice shows as a repeated id.
	 */
	List<Long> storedIdsSorted(String datasetId) {
		List<Long> ids = storedIds(datasetId);
		ids.sort(null);
		return ids;
	}

	static List<Long> ids(int from, int to) {
		List<Long> ids = new ArrayList<>();
		for (long i = from; i <= to; i++) {
			ids.add(i);
		}
		return ids;
	}

	UploadJobs uploads() {
		return this.uploads;
	}

	private static String describe(UploadJob job) {
		return job.state() + " " + job.message() + " sent=" + job.rowsSent() + "/" + job.rowsTotal();
	}

}
