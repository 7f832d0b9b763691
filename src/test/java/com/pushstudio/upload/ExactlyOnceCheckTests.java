package com.pushstudio.upload;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

import com.pushstudio.powerbi.PowerBiClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The row count that decides uncertain batches, read until it holds still: rows of a
 * request whose answer was lost may still be landing when it is first read.
 */
class ExactlyOnceCheckTests {

	private final PowerBiClient powerBi = mock(PowerBiClient.class);

	private final UploadJob job = new UploadJob("job", "ada", "workspace", "dataset", "Sales", "file.csv", "file.csv",
			1, "{}", Instant.EPOCH);

	private final JobProgress progress = new JobProgress(this.job, savingRepository(), Clock.systemUTC(), () -> false,
			() -> false);

	private final ExactlyOnceCheck check = new ExactlyOnceCheck(this.powerBi, Duration.ofMillis(1));

	private final AcknowledgedBatch first = batch(0, 100);

	private final AcknowledgedBatch second = batch(1, 99);

	ExactlyOnceCheckTests() {
		this.job.pushStarted(1_000L, 5, Instant.EPOCH);
	}

	@Test
	void decidesOnTheCountOnceTwoReadsAgree() {
		// The second batch's rows were still landing at the first read.
		counts(1_100, 1_199, 1_199);
		assertThat(this.check.landed(this.progress, List.of(this.first, this.second))).containsExactly(this.first,
				this.second);
		verify(this.powerBi, times(3)).rowCount(anyString(), any(), anyString(), anyString());
	}

	@Test
	void readsTwiceWhenTheCountHoldsStill() {
		counts(1_099, 1_099);
		assertThat(this.check.landed(this.progress, List.of(this.first, this.second))).containsExactly(this.second);
		verify(this.powerBi, times(2)).rowCount(anyString(), any(), anyString(), anyString());
	}

	@Test
	void asksTheUserWhenTheCountKeepsChanging() {
		counts(1_000, 1_100, 1_199, 1_250, 1_300);
		assertThatExceptionOfType(StopJob.class)
			.isThrownBy(() -> this.check.landed(this.progress, List.of(this.first, this.second)));
		assertThat(this.job.state()).isEqualTo(JobState.NEEDS_DECISION);
		assertThat(this.job.message()).contains("kept changing");
		verify(this.powerBi, times(ExactlyOnceCheck.READS)).rowCount(anyString(), any(), anyString(), anyString());
	}

	private void counts(long first, long... more) {
		OptionalLong[] then = new OptionalLong[more.length];
		for (int i = 0; i < more.length; i++) {
			then[i] = OptionalLong.of(more[i]);
		}
		when(this.powerBi.rowCount(anyString(), any(), anyString(), anyString())).thenReturn(OptionalLong.of(first),
				then);
	}

	private static AcknowledgedBatch batch(int index, int rows) {
		return AcknowledgedBatch.inFlight("job",
				new Batch(index, new byte[0], 0, rows, index * 100L + 1, index * 100L + rows), Instant.EPOCH);
	}

	/** Saves as JPA does: the saved job comes back. */
	private static UploadJobRepository savingRepository() {
		UploadJobRepository jobs = mock(UploadJobRepository.class);
		when(jobs.save(any())).thenAnswer((invocation) -> invocation.getArgument(0));
		return jobs;
	}

}
