package com.pushstudio.upload;

import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalLong;

import com.pushstudio.powerbi.PowerBiClient;
import com.pushstudio.sandbox.powerbi.SandboxFaults;
import com.pushstudio.support.SandboxPowerBiTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.reset;

/**
 * Upload jobs against the sandbox Power BI API over real HTTP, with its faults switched
 * on: whatever happens on the way, the table ends with exactly the file's rows (in any
 * order: several batches are in flight), or the job stops and says which lines are in
 * doubt.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "push-studio.upload.limits.rows-per-post=100", "push-studio.upload.retry.first-backoff=50ms",
				"push-studio.upload.retry.max-backoff=200ms" })
@Import(UploadTestConfig.class)
class UploadJobsIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	SandboxFaults faults;

	@Autowired
	SandboxPowerBiTokens tokens;

	@MockitoSpyBean
	PowerBiClient powerBi;

	UploadFlows flows;

	@BeforeEach
	void newUser() {
		this.flows = new UploadFlows(this.context);
	}

	@AfterEach
	void reset() {
		this.faults.reset();
		this.tokens.lifetime(Duration.ofHours(1));
		org.mockito.Mockito.reset(this.powerBi);
	}

	@Test
	void pushesEveryRowOnce() {
		String dataset = this.flows.createDataset();
		String id = this.flows.start(dataset, UploadFlows.csv(1_050), false);
		UploadJob done = this.flows.awaitState(id, JobState.DONE);
		assertThat(this.flows.storedIdsSorted(dataset)).isEqualTo(UploadFlows.ids(1, 1_050));
		assertThat(done.rowsSent()).isEqualTo(1_050);
		assertThat(done.batchesAcknowledged()).isEqualTo(11);
		this.flows.awaitFileDeleted(done);
	}

	@Test
	void endsWithExactlyTheFileDespiteThrottlingServerErrorsLatencyAndDroppedAnswers() {
		String dataset = this.flows.createDataset();
		this.faults.retryAfter(Duration.ofMillis(300));
		this.faults.latency(Duration.ofMillis(20));
		this.faults.throttleNext(2);
		this.faults.failNext(2);
		this.faults.dropNext(1);
		String id = this.flows.start(dataset, UploadFlows.csv(800), false);
		this.flows.awaitState(id, JobState.DONE);
		assertThat(this.flows.storedIdsSorted(dataset)).isEqualTo(UploadFlows.ids(1, 800));
	}

	@Test
	void acknowledgesABatchThatLandedWhenItsAnswerWasLost() {
		String dataset = this.flows.createDataset();
		this.faults.dropShare(0.3);
		String id = this.flows.start(dataset, UploadFlows.csv(1_000), false);
		this.flows.awaitState(id, JobState.DONE);
		assertThat(this.flows.storedIdsSorted(dataset)).isEqualTo(UploadFlows.ids(1, 1_000));
	}

	@Test
	void appendsAfterRowsAlreadyInTheTableAndReplaceClearsThemFirst() {
		String dataset = this.flows.createDataset();
		this.flows.awaitState(this.flows.start(dataset, UploadFlows.csv(150), false), JobState.DONE);
		this.faults.dropNext(1);
		this.flows.awaitState(this.flows.start(dataset, UploadFlows.csv(120), false), JobState.DONE);
		assertThat(this.flows.storedIds(dataset)).hasSize(270);
		this.flows.awaitState(this.flows.start(dataset, UploadFlows.csv(90), true), JobState.DONE);
		assertThat(this.flows.storedIdsSorted(dataset)).isEqualTo(UploadFlows.ids(1, 90));
	}

	@Test
	void stopsForADecisionNamingTheLinesWhenTheRowCountCannotBeRead() {
		String dataset = this.flows.createDataset();
		doReturn(OptionalLong.empty()).when(this.powerBi).rowCount(any(), any(), eq(dataset), any());
		this.faults.dropNext(1);
		String id = this.flows.start(dataset, UploadFlows.csv(250), false);
		UploadJob stopped = this.flows.awaitState(id, JobState.NEEDS_DECISION);
		// Line 1 is the header: the first batch holds lines 2 to 101.
		assertThat(stopped.uncertainFirstLine()).isEqualTo(2);
		assertThat(stopped.uncertainLastLine()).isEqualTo(101);
		assertThat(stopped.message()).contains("lines 2 to 101");
		assertThat(this.flows.storedIdsSorted(dataset)).isEqualTo(UploadFlows.ids(1, 100));
		org.mockito.Mockito.reset(this.powerBi);

		this.flows.uploads().pushAgainFromScratch(this.flows.user(), id);
		this.flows.awaitState(id, JobState.DONE);
		assertThat(this.flows.storedIdsSorted(dataset)).isEqualTo(UploadFlows.ids(1, 250));
	}

	@Test
	void acceptingTheTableAsItIsGoesOnAfterTheUncertainLines() {
		String dataset = this.flows.createDataset();
		doReturn(OptionalLong.empty()).when(this.powerBi).rowCount(any(), any(), eq(dataset), any());
		this.faults.dropNext(1);
		String id = this.flows.start(dataset, UploadFlows.csv(250), false);
		this.flows.awaitState(id, JobState.NEEDS_DECISION);
		org.mockito.Mockito.reset(this.powerBi);

		this.flows.uploads().acceptAsIs(this.flows.user(), id);
		UploadJob done = this.flows.awaitState(id, JobState.DONE);
		assertThat(this.flows.storedIdsSorted(dataset)).isEqualTo(UploadFlows.ids(1, 250));
		assertThat(done.rowsSent()).isEqualTo(250);
	}

	@Test
	void finishesWhenTheAccessTokenExpiresMidUpload() {
		String dataset = this.flows.createDataset();
		int refreshesBefore = this.tokens.refreshes();
		// The token the job picks up has expired already, as after an hour of work: how
		// long the upload takes does not decide whether it meets an expired token.
		this.tokens.expireNextToken(this.flows.user());
		String id = this.flows.start(dataset, UploadFlows.csv(1_200), false);
		this.flows.awaitState(id, JobState.DONE);
		assertThat(this.tokens.refreshes()).isGreaterThan(refreshesBefore);
		assertThat(this.flows.storedIdsSorted(dataset)).isEqualTo(UploadFlows.ids(1, 1_200));
	}

	@Test
	void cancelStopsTheJobBetweenBatches() {
		String dataset = this.flows.createDataset();
		this.faults.latency(Duration.ofMillis(200));
		String id = this.flows.start(dataset, UploadFlows.csv(3_000), false);
		this.flows.awaitState(id, JobState.PUSHING);
		this.flows.uploads().cancel(this.flows.user(), id);
		UploadJob cancelled = this.flows.awaitState(id, JobState.CANCELLED);
		assertThat(cancelled.rowsSent()).isLessThan(3_000);
		assertThat(this.flows.storedIds(dataset)).hasSize((int) cancelled.rowsSent());
		this.flows.awaitFileDeleted(cancelled);
	}

	@Test
	void keepsTheFileWhileTheJobCanGoOnAndDeletesItWhenCancelled() {
		String dataset = this.flows.createDataset();
		String id = this.flows.uploads()
			.create(this.flows.user(), "me", dataset, UploadFlows.TABLE,
					new MockMultipartFile("file", "sales.csv", "text/csv", UploadFlows.csv(10)));
		UploadJob draft = this.flows.job(id);
		assertThat(Path.of(draft.filePath())).exists();

		this.flows.uploads().cancel(this.flows.user(), id);

		assertThat(this.flows.job(id).state()).isEqualTo(JobState.CANCELLED);
		assertThat(Path.of(draft.filePath())).doesNotExist();
	}

	/**
	 * Two tabs (or two instances) change one job at once: the save that read it before
	 * the other's change is refused, and the job stays as the first left it.
	 */
	@Test
	void aChangeFromBeforeAnotherTabsChangeIsRefused() {
		String dataset = this.flows.createDataset();
		String id = this.flows.uploads()
			.create(this.flows.user(), "me", dataset, UploadFlows.TABLE,
					new MockMultipartFile("file", "sales.csv", "text/csv", UploadFlows.csv(10)));
		UploadJobRepository jobs = this.context.getBean(UploadJobRepository.class);
		UploadJob firstTab = jobs.findById(id).orElseThrow();
		UploadJob secondTab = jobs.findById(id).orElseThrow();
		firstTab.moveTo(JobState.CANCELLED, "Cancelled.", firstTab.createdAt());
		jobs.save(firstTab);
		secondTab.moveTo(JobState.QUEUED, null, secondTab.createdAt());
		assertThatExceptionOfType(OptimisticLockingFailureException.class).isThrownBy(() -> jobs.save(secondTab));
		assertThat(this.flows.job(id).state()).isEqualTo(JobState.CANCELLED);
		// Through the service, a stale choice is a conflict the page explains.
		assertThatExceptionOfType(UploadConflictException.class)
			.isThrownBy(() -> this.flows.uploads().submit(this.flows.user(), id, false));
	}

}
