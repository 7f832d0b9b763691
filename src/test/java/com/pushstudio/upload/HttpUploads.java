package com.pushstudio.upload;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.pushstudio.sandbox.powerbi.SandboxTableRows;
import com.pushstudio.support.SandboxCloud;
import com.pushstudio.support.SignInClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person does in the browser, over plain HTTP against a running instance: make a
 * dataset of one table, upload a file into it, start it, and watch its progress page. The
 * form fields are the pages' own, so a renamed field fails here as in a browser.
 */
final class HttpUploads {

	static final String TABLE = "Rows";

	private static final Pattern UPLOAD_ID = Pattern.compile("/uploads/([0-9a-f-]{36})/mapping$");

	private static final Pattern DATASET_ID = Pattern.compile("/datasets/([0-9a-f-]{36})$");

	private static final Pattern STATE = Pattern.compile("data-testid=\"state\"[^>]*>([^<]*)<");

	private final SignInClient browser;

	HttpUploads(SignInClient browser) {
		this.browser = browser;
	}

	/** The same person at another instance, with the same session cookie. */
	HttpUploads atPort(int port) {
		return new HttpUploads(this.browser.atPort(port));
	}

	/** A push dataset in My workspace with one table: Id (whole number) and Name. */
	String createDataset() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_csrf", csrf());
		fields.put("name", "Instances " + UUID.randomUUID());
		fields.put("workspace", "me");
		fields.put("retention", "NONE");
		fields.put("mode", "PUSH");
		fields.put("tables[0].name", TABLE);
		fields.put("tables[0].columns[0].name", "Id");
		fields.put("tables[0].columns[0].dataType", "INT64");
		fields.put("tables[0].columns[1].name", "Name");
		fields.put("tables[0].columns[1].dataType", "STRING");
		fields.put("action", "create");
		HttpResponse<String> created = this.browser.postForm("/datasets/new", fields);
		assertThat(SignInClient.isRedirect(created)).as("the dataset was created: %s", created.body()).isTrue();
		Matcher id = DATASET_ID.matcher(SignInClient.location(created));
		assertThat(id.find()).as(SignInClient.location(created)).isTrue();
		return id.group(1);
	}

	/** Uploads the file, keeps the detected options, maps both columns and starts. */
	String upload(String datasetId, byte[] csv) {
		String uploadId = draft(datasetId, csv);
		start(uploadId);
		return uploadId;
	}

	/** Uploads the file and leaves it on its options page. */
	String draft(String datasetId, byte[] csv) {
		HttpResponse<String> uploaded = this.browser.postMultipart(
				"/workspaces/me/datasets/" + datasetId + "/tables/" + TABLE + "/upload",
				Map.of("_csrf", csrf(), "timeZone", "UTC"), "file", "rows.csv", csv);
		assertThat(SignInClient.isRedirect(uploaded)).as("the upload was taken: %s", uploaded.body()).isTrue();
		Matcher id = UPLOAD_ID.matcher(SignInClient.location(uploaded));
		assertThat(id.find()).as(SignInClient.location(uploaded)).isTrue();
		return id.group(1);
	}

	/** Keeps the detected options, maps both columns and starts the upload. */
	void start(String uploadId) {
		Map<String, String> mapping = new LinkedHashMap<>();
		mapping.put("_csrf", csrf());
		mapping.put("delimiter", ",");
		mapping.put("header", "yes");
		mapping.put("encoding", "UTF-8");
		mapping.put("decimalSeparator", ".");
		mapping.put("dateTimePattern", "");
		mapping.put("timeZone", "UTC");
		mapping.put("targets[0]", "Id");
		mapping.put("targets[1]", "Name");
		mapping.put("mode", "append");
		mapping.put("action", "start");
		HttpResponse<String> started = this.browser.postForm("/uploads/" + uploadId + "/mapping", mapping);
		assertThat(SignInClient.location(started)).as("the upload started").endsWith("/uploads/" + uploadId);
	}

	/** The state as the progress page names it, e.g. "Pushing" or "Done". */
	String state(String uploadId) {
		HttpResponse<String> page = this.browser.get("/uploads/" + uploadId + "/progress");
		assertThat(page.statusCode()).as("the progress of %s", uploadId).isEqualTo(200);
		Matcher state = STATE.matcher(page.body());
		assertThat(state.find()).as(page.body()).isTrue();
		return state.group(1).trim();
	}

	private String csrf() {
		HttpResponse<String> page = this.browser.get("/datasets/new");
		String csrf = SignInClient.hiddenFields(page.body()).get("_csrf");
		assertThat(csrf).as("a CSRF token on %s %s", page.statusCode(), page.headers().map()).isNotBlank();
		return csrf;
	}

	/** A file of {@code rows} rows with ids 1..rows. */
	static byte[] csv(int rows) {
		return csv(1, rows);
	}

	/** A file of the rows with ids {@code from}..{@code to}. */
	static byte[] csv(int from, int to) {
		StringBuilder csv = new StringBuilder("Id,Name\n");
		for (int i = from; i <= to; i++) {
			csv.append(i).append(",Row ").append(i).append('\n');
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The ids the cloud's table holds, smallest first: a row stored twice shows as a
	 * repeated id, a lost one as a gap.
	 */
	static List<Long> storedIds(SandboxCloud cloud, String datasetId) {
		List<Long> ids = new ArrayList<>();
		cloud.bean(SandboxTableRows.class)
			.forEach(datasetId, TABLE, (row) -> ids.add(((Number) row.get("Id")).longValue()));
		ids.sort(null);
		return ids;
	}

	static List<Long> ids(int from, int to) {
		return UploadFlows.ids(from, to);
	}

}
