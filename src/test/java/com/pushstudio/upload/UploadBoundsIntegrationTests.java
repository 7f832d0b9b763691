package com.pushstudio.upload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What one person's uploads may hold, at each bound's edge: just under is taken, just
 * over is refused with words they can act on, and a refusal leaves nothing on disk. The
 * data folder is this class's own, so that the files it counts are only its own.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "push-studio.data-dir=" + UploadBoundsIntegrationTests.DATA_DIR,
				// A new database file each run, made by H2 with the default mode.
				"spring.datasource.url=jdbc:h2:file:./" + UploadBoundsIntegrationTests.DATA_DIR
						+ "/push-studio-${random.uuid};AUTO_SERVER=FALSE",
				"push-studio.upload.max-file-size=4KB", "push-studio.upload.max-file-name-length=40",
				"push-studio.upload.quota.jobs=3", "push-studio.upload.quota.bytes=10KB" })
@AutoConfigureMockMvc
@Import(UploadTestConfig.class)
class UploadBoundsIntegrationTests {

	static final String DATA_DIR = "target/upload-bounds-data";

	@Autowired
	ApplicationContext context;

	@Autowired
	UploadJobRepository jobs;

	@Autowired
	UploadFiles files;

	@Autowired
	MockMvc mvc;

	UploadFlows flows;

	String dataset;

	@BeforeEach
	void dataset() {
		this.flows = new UploadFlows(this.context);
		this.dataset = this.flows.createDataset();
	}

	@Test
	void aFileOfTheLargestSizeIsTakenAndOneByteMoreIsRefused() throws IOException {
		List<Path> before = uploadedFiles();

		String taken = create(csvOfSize(4096), "sales.csv");

		assertThat(this.jobs.findById(taken)).isPresent();
		assertThatExceptionOfType(UploadRefusedException.class).isThrownBy(() -> create(csvOfSize(4097), "sales.csv"))
			.withMessageContaining("larger than 4,096 bytes")
			.withMessageContaining("Split it");
		assertThat(uploadedFiles()).hasSize(before.size() + 1);
	}

	@Test
	void aFileNameOfTheLongestLengthIsTakenAndOneCharacterMoreIsRefused() throws IOException {
		String longest = "n".repeat(36) + ".csv";
		List<Path> before = uploadedFiles();

		String taken = create(csvOfSize(100), longest);

		assertThat(this.jobs.findById(taken).orElseThrow().fileName()).isEqualTo(longest);
		assertThatExceptionOfType(UploadRefusedException.class).isThrownBy(() -> create(csvOfSize(100), "n" + longest))
			.withMessageContaining("41 characters long")
			.withMessageContaining("up to 40")
			.withMessageContaining("Rename the file");
		assertThat(uploadedFiles()).hasSize(before.size() + 1);
		assertThat(this.jobs.findByOwnerOrderByCreatedAtDesc(this.flows.user())).hasSize(1);
	}

	@Test
	void aPersonHoldsAtMostTheJobsOfTheQuotaAndMayUploadAgainOnceOneEnds() throws IOException {
		String first = create(csvOfSize(100), "a.csv");
		create(csvOfSize(100), "b.csv");
		create(csvOfSize(100), "c.csv");
		List<Path> before = uploadedFiles();

		assertThatExceptionOfType(UploadRefusedException.class).isThrownBy(() -> create(csvOfSize(100), "d.csv"))
			.withMessageContaining("3 uploads that are not finished")
			.withMessageContaining("cancel one of them");
		assertThat(uploadedFiles()).isEqualTo(before);

		this.flows.uploads().cancel(this.flows.user(), first);
		assertThat(this.jobs.findById(create(csvOfSize(100), "d.csv"))).isPresent();
	}

	@Test
	void aPersonHoldsAtMostTheBytesOfTheQuota() throws IOException {
		create(csvOfSize(4096), "a.csv");
		create(csvOfSize(4096), "b.csv");
		List<Path> before = uploadedFiles();

		assertThatExceptionOfType(UploadRefusedException.class).isThrownBy(() -> create(csvOfSize(2049), "c.csv"))
			.withMessageContaining("would hold more than 10,240 bytes");
		assertThat(uploadedFiles()).isEqualTo(before);
		assertThat(this.jobs.findById(create(csvOfSize(2048), "c.csv"))).isPresent();
	}

	@Test
	void aFileThatCannotBeStoredLeavesNeitherFileNorJob() throws IOException {
		List<Path> before = uploadedFiles();
		MockMultipartFile failing = new FailsOnSecondRead(csvOfSize(100));

		assertThatExceptionOfType(RuntimeException.class).isThrownBy(
				() -> this.flows.uploads().create(this.flows.user(), "me", this.dataset, UploadFlows.TABLE, failing));

		assertThat(uploadedFiles()).isEqualTo(before);
		assertThat(this.jobs.findByOwnerOrderByCreatedAtDesc(this.flows.user())).isEmpty();
	}

	/**
	 * The probe of issue 11: two duplicate 2,100-character header names made a message
	 * too long for its column; the job's end was not saved, it ran again without its
	 * file, and the page showed a NoSuchFileException.
	 */
	@Test
	void aFileWithHugeDuplicateHeadersFailsOnceWithAMessageThatFitsItsColumn() throws IOException {
		// 1,950 characters: within this context's 4 KB file limit, and still too long for
		// the column
		// as the message repeated it before.
		String name = "H".repeat(1_950);
		String id = create((name + "," + name + "\n1,2\n").getBytes(StandardCharsets.US_ASCII), "twice.csv");
		this.flows.uploads().submit(this.flows.user(), id, false);

		UploadJob failed = this.flows.awaitState(id, JobState.FAILED);

		assertThat(failed.message()).startsWith("The file cannot be sent:")
			.contains("duplicate column name")
			.hasSizeLessThanOrEqualTo(UploadJob.MESSAGE_LENGTH)
			.doesNotContain("Exception")
			.doesNotContain(DATA_DIR);
		this.flows.awaitFileDeleted(failed);
		assertThat(this.jobs.findById(id).orElseThrow().state()).isEqualTo(JobState.FAILED);
	}

	@Test
	void aChoiceThatNoLongerAppliesIsExplainedInWordsForTheUser() throws Exception {
		String id = create(csvOfSize(100), "sales.csv");

		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/uploads/" + id + "/push-valid-rows")
				.with(oidcLogin().idToken((token) -> token.subject(this.flows.user())))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("problem",
						org.hamcrest.Matchers.allOf(
								org.hamcrest.Matchers.containsString("moved on since the page was shown"),
								org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("DRAFT")))));
	}

	@Test
	void anUploadIntoADatasetTheUserCannotSeeIsNotFound() throws Exception {
		this.mvc
			.perform(multipart("/workspaces/me/datasets/" + this.dataset + "/tables/" + UploadFlows.TABLE + "/upload")
				.file(new MockMultipartFile("file", "sales.csv", "text/csv", csvOfSize(100)))
				.with(oidcLogin().idToken((token) -> token.subject("someone-else-" + UUID.randomUUID())))
				.with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void theCleanUpDeletesExpiredFilesAndOnlyThose() throws IOException {
		UploadFileCleanup cleanup = this.context.getBean(UploadFileCleanup.class);
		String draft = create(csvOfSize(100), "draft.csv");
		Instant draftMade = Instant.now();
		String waiting = create(csvOfSize(100), "waiting.csv");
		Instant waitingSince = Instant.now();
		setState(waiting, JobState.WAITING_FOR_CHOICE, waitingSince);
		Files.writeString(this.files.errorsCsv(waiting), "line,column,value,reason\n");
		String ended = create(csvOfSize(100), "ended.csv");
		Instant endedAt = Instant.now();
		setState(ended, JobState.FAILED, endedAt);
		Path endedErrors = Files.writeString(this.files.errorsCsv(ended), "line,column,value,reason\n");
		Path orphan = Files.writeString(this.files.folder().resolve(UUID.randomUUID() + ".csv"), "Id\n1\n");
		Instant orphanWritten = Instant.now();

		cleanup.cleanUp(draftMade.plus(Duration.ofMinutes(59)));
		assertThat(file(ended)).as("an ended upload's file goes at once").doesNotExist();
		assertThat(List.of(file(draft), file(waiting), endedErrors, orphan)).allMatch(Files::exists);

		cleanup.cleanUp(orphanWritten.plus(Duration.ofMinutes(61)));
		assertThat(orphan).as("no upload owns it, an hour on").doesNotExist();
		assertThat(List.of(file(draft), file(waiting), endedErrors)).allMatch(Files::exists);

		cleanup.cleanUp(draftMade.plus(Duration.ofHours(24)).minus(Duration.ofMinutes(1)));
		assertThat(file(draft)).exists();
		cleanup.cleanUp(draftMade.plus(Duration.ofHours(24)).plus(Duration.ofMinutes(1)));
		assertThat(file(draft)).doesNotExist();
		assertThat(this.jobs.findById(draft).orElseThrow().state()).isEqualTo(JobState.CANCELLED);
		assertThat(this.jobs.findById(draft).orElseThrow().message()).contains("not started within 1 day");
		assertThat(file(waiting)).exists();

		cleanup.cleanUp(waitingSince.plus(Duration.ofDays(7)).minus(Duration.ofMinutes(1)));
		assertThat(List.of(file(waiting), this.files.errorsCsv(waiting), endedErrors)).allMatch(Files::exists);
		cleanup.cleanUp(endedAt.plus(Duration.ofDays(7)).plus(Duration.ofMinutes(1)));
		assertThat(List.of(file(waiting), this.files.errorsCsv(waiting), endedErrors)).noneMatch(Files::exists);
		assertThat(this.jobs.findById(waiting).orElseThrow().message()).contains("waited for you for 7 days");
	}

	@Test
	void theDataFolderAndEveryFileInItAreOwnerOnlyAfterStartUp() throws IOException {
		create(csvOfSize(100), "sales.csv");
		Path data = Path.of(DATA_DIR);

		assertThat(mode(data)).isEqualTo("rwx------");
		assertThat(data.resolve("sandbox-signing-key.json")).exists();
		try (Stream<Path> databases = Files.list(data)) {
			assertThat(databases.filter((path) -> path.toString().endsWith(".mv.db"))).isNotEmpty();
		}
		try (Stream<Path> all = Files.walk(data)) {
			assertThat(all.filter((path) -> !path.equals(data)).toList()).isNotEmpty()
				.allSatisfy((path) -> assertThat(mode(path)).as(path.toString())
					.isEqualTo(Files.isDirectory(path) ? "rwx------" : "rw-------"));
		}
	}

	private String create(byte[] csv, String name) {
		return this.flows.uploads()
			.create(this.flows.user(), "me", this.dataset, UploadFlows.TABLE,
					new MockMultipartFile("file", name, "text/csv", csv));
	}

	private void setState(String id, JobState state, Instant at) {
		UploadJob job = this.jobs.findById(id).orElseThrow();
		job.moveTo(state, null, at);
		this.jobs.save(job);
	}

	private Path file(String id) {
		return this.files.pathOf(id);
	}

	private List<Path> uploadedFiles() throws IOException {
		if (!Files.isDirectory(this.files.folder())) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(this.files.folder())) {
			return files.sorted().toList();
		}
	}

	private static String mode(Path path) {
		try {
			return java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** A valid file of exactly {@code size} bytes, its one row padded in the name. */
	static byte[] csvOfSize(int size) {
		String head = "Id,Name\n1,";
		return (head + "x".repeat(size - head.length() - 1) + "\n").getBytes(StandardCharsets.US_ASCII);
	}

	/** Passes the check, which reads it once, and fails while it is stored. */
	private static final class FailsOnSecondRead extends MockMultipartFile {

		private int reads;

		FailsOnSecondRead(byte[] content) {
			super("file", "sales.csv", "text/csv", content);
		}

		@Override
		public InputStream getInputStream() throws IOException {
			if (++this.reads > 1) {
				throw new IOException("disk full");
			}
			return super.getInputStream();
		}

	}

}
