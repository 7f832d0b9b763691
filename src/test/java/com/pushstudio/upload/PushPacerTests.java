package com.pushstudio.upload;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.pushstudio.support.MutableClock;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class PushPacerTests {

	private static final String DATASET = "ds-1";

	private static final Instant START = Instant.parse("2025-03-01T14:00:00Z");

	private final MutableClock clock = new MutableClock(START);

	private final PushPacer pacer = new PushPacer(documentedLimits(), this.clock);

	@Test
	void letsTheFirstBatchGoAtOnce() {
		assertThat(this.pacer.pauseBefore(DATASET, 10_000, 0)).isEmpty();
	}

	@Test
	void holdsThe121stRequestOfAMinuteUntilTheFirstAgesOut() {
		for (int i = 0; i < 120; i++) {
			assertThat(this.pacer.pauseBefore(DATASET, 10, 0)).isEmpty();
			answered(10);
			this.clock.advance(Duration.ofMillis(100));
		}
		Optional<Pause> pause = this.pacer.pauseBefore(DATASET, 10, 0);
		assertThat(pause).contains(new Pause(START.plusSeconds(60), WaitReason.REQUESTS_PER_MINUTE));
		this.clock.set(START.plusSeconds(60));
		assertThat(this.pacer.pauseBefore(DATASET, 10, 0)).isEmpty();
	}

	@Test
	void countsEachDatasetOnItsOwn() {
		for (int i = 0; i < 120; i++) {
			answered(10);
		}
		assertThat(this.pacer.pauseBefore(DATASET, 10, 0)).isPresent();
		assertThat(this.pacer.pauseBefore("another-dataset", 10, 0)).isEmpty();
	}

	@Test
	void holdsRowsBeyondAMillionAnHourUntilEnoughHaveAgedOut() {
		for (int i = 0; i < 100; i++) {
			answered(10_000);
			this.clock.advance(Duration.ofSeconds(1));
		}
		// A million rows in the last hour: the next batch waits for the first to leave.
		assertThat(this.pacer.pauseBefore(DATASET, 10_000, 0))
			.contains(new Pause(START.plus(Duration.ofHours(1)), WaitReason.ROWS_PER_HOUR));
		// A bigger batch waits for as many old batches as it needs room.
		assertThat(this.pacer.pauseBefore(DATASET, 15_000, 0))
			.contains(new Pause(START.plus(Duration.ofHours(1)).plusSeconds(1), WaitReason.ROWS_PER_HOUR));
		this.clock.set(START.plus(Duration.ofHours(1)).plusMillis(1));
		assertThat(this.pacer.pauseBefore(DATASET, 10_000, 0)).isEmpty();
	}

	@Test
	void allows120RequestsAnHourOnceTheTableHolds250000Rows() {
		for (int i = 0; i < 120; i++) {
			answered(100);
			this.clock.advance(Duration.ofSeconds(1));
		}
		this.clock.advance(Duration.ofMinutes(5));
		// Below 250,000 rows only the per-minute window counts, and it is empty again.
		assertThat(this.pacer.pauseBefore(DATASET, 100, 249_999)).isEmpty();
		assertThat(this.pacer.pauseBefore(DATASET, 100, 250_000))
			.contains(new Pause(START.plus(Duration.ofHours(1)), WaitReason.REQUESTS_PER_HOUR_BIG_TABLE));
	}

	@Test
	void waitsWhatRetryAfterSaysAfterA429() {
		this.pacer.throttled(DATASET, Duration.ofSeconds(30));
		assertThat(this.pacer.pauseBefore(DATASET, 1, 0))
			.contains(new Pause(START.plusSeconds(30), WaitReason.RETRY_AFTER));
		this.clock.advance(Duration.ofSeconds(30));
		assertThat(this.pacer.pauseBefore(DATASET, 1, 0)).isEmpty();
	}

	@Test
	void namesTheLimitThatHoldsLongest() {
		for (int i = 0; i < 120; i++) {
			answered(9_000);
		}
		this.pacer.throttled(DATASET, Duration.ofSeconds(5));
		assertThat(this.pacer.pauseBefore(DATASET, 9_000, 0)).map(Pause::reason).contains(WaitReason.ROWS_PER_HOUR);
	}

	@Test
	void keepsCountingRequestsSentBeforeARestart() {
		for (int i = 0; i < 120; i++) {
			this.pacer.sentEarlier(DATASET, START.minusSeconds(30), 10);
		}
		assertThat(this.pacer.pauseBefore(DATASET, 10, 0))
			.contains(new Pause(START.plusSeconds(30), WaitReason.REQUESTS_PER_MINUTE));
	}

	@Test
	void countsARequestFromItsSendingUntilAWindowAfterItsAnswer() {
		for (int i = 0; i < 119; i++) {
			answered(10);
		}
		PushPacer.Ticket slow = this.pacer.sending(DATASET, 10);
		// In flight it counts: 120 in the window.
		assertThat(this.pacer.pauseBefore(DATASET, 10, 0)).map(Pause::reason).contains(WaitReason.REQUESTS_PER_MINUTE);
		this.clock.advance(Duration.ofSeconds(90));
		// The 119 answered at the start have left the window; the slow one has not.
		assertThat(this.pacer.pauseBefore(DATASET, 10, 0)).isEmpty();
		slow.answered();
		this.clock.advance(Duration.ofSeconds(59));
		for (int i = 0; i < 119; i++) {
			answered(10);
		}
		// Answered 59 s ago, it still counts until a minute after its answer.
		assertThat(this.pacer.pauseBefore(DATASET, 10, 0))
			.contains(new Pause(START.plusSeconds(150), WaitReason.REQUESTS_PER_MINUTE));
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.pacer.pauseBefore(DATASET, 10, 0)).isEmpty();
	}

	@Test
	void countsTheRowsOfRequestsInFlightAgainstTheHourlyRows() {
		for (int i = 0; i < 95; i++) {
			answered(10_000);
		}
		for (int i = 0; i < 5; i++) {
			this.pacer.sending(DATASET, 10_000);
		}
		assertThat(this.pacer.pauseBefore(DATASET, 10_000, 0)).map(Pause::reason).contains(WaitReason.ROWS_PER_HOUR);
	}

	@Test
	void refusesASixthRequestInFlight() {
		for (int i = 0; i < 5; i++) {
			this.pacer.sending(DATASET, 10);
		}
		assertThat(this.pacer.inFlight(DATASET)).isEqualTo(5);
		assertThatIllegalStateException().isThrownBy(() -> this.pacer.sending(DATASET, 10));
		assertThat(this.pacer.sending("another-dataset", 10)).isNotNull();
	}

	@Test
	void a429HoldsNewRequestsAndKeepsCountingThoseInFlight() {
		PushPacer.Ticket inFlight = this.pacer.sending(DATASET, 10);
		this.pacer.throttled(DATASET, Duration.ofSeconds(30));
		assertThat(this.pacer.pauseBefore(DATASET, 10, 0))
			.contains(new Pause(START.plusSeconds(30), WaitReason.RETRY_AFTER));
		for (int i = 0; i < 119; i++) {
			answered(10);
		}
		this.clock.advance(Duration.ofSeconds(30));
		// Retry-After is over; the one in flight is the 120th request of the minute.
		assertThat(this.pacer.pauseBefore(DATASET, 10, 0))
			.contains(new Pause(START.plusSeconds(60), WaitReason.REQUESTS_PER_MINUTE));
		inFlight.answered();
		assertThat(this.pacer.inFlight(DATASET)).isZero();
	}

	private void answered(int rows) {
		this.pacer.sending(DATASET, rows).answered();
	}

	static UploadProperties.Limits documentedLimits() {
		return new UploadProperties.Limits(10_000, DataSize.ofBytes(15_900_000), 120, Duration.ofMinutes(1), 250_000,
				120, Duration.ofHours(1), 1_000_000, Duration.ofHours(1), 5);
	}

}
