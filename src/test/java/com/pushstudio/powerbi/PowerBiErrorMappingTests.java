package com.pushstudio.powerbi;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

import com.pushstudio.account.ConsentRequiredException;
import com.pushstudio.account.PowerBiTokens;
import com.pushstudio.powerbi.FakePowerBi.Recorded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Power BI's error answers, served over real HTTP, become exceptions that say what the
 * caller can do: refresh, consent, wait, give up, or find out whether rows arrived.
 */
class PowerBiErrorMappingTests {

	private static final String USER = "ada@contoso.com";

	private static final Workspace SALES = Workspace.of("f089354e-8366-4e18-aea3-4cb4a3a50b48");

	private static final byte[] BATCH = "{\"rows\":[{\"A\":1}]}".getBytes(java.nio.charset.StandardCharsets.UTF_8);

	private static final String TOKEN_EXPIRED = "{\"error\":{\"code\":\"TokenExpired\","
			+ "\"message\":\"Access token has expired, resubmit with a new access token\"}}";

	private final FakePowerBi powerBi = FakePowerBi.start();

	private final CountingTokens tokens = new CountingTokens();

	private final PowerBiClient client = TestClients.against(this.powerBi, this.tokens);

	@AfterEach
	void stop() {
		this.powerBi.close();
	}

	@Test
	void anExpiredTokenIsRefreshedOnceAndTheRequestRepeatedOnce() {
		this.powerBi.answer(403, TOKEN_EXPIRED).answer(200, "");

		this.client.postRows(USER, SALES, "d1", "Product", BATCH);

		assertThat(this.tokens.accessTokens).hasValue(1);
		assertThat(this.tokens.refreshedTokens).hasValue(1);
		assertThat(this.powerBi.requests()).extracting(Recorded::authorization)
			.containsExactly("Bearer access-" + USER + "-1", "Bearer refreshed-" + USER + "-1");
		assertThat(this.powerBi.requests()).extracting(Recorded::body).containsOnly(new String(BATCH));
	}

	@Test
	void a401IsRefreshedOnceToo() {
		this.powerBi.answer(401, "").answer(200, "{\"value\":[]}");

		assertThat(this.client.datasets(USER, SALES)).isEmpty();

		assertThat(this.tokens.refreshedTokens).hasValue(1);
		assertThat(this.powerBi.requests()).hasSize(2);
	}

	@Test
	void aTokenStillRejectedAfterRefreshingAsksToSignInAgainWithoutLooping() {
		this.powerBi.answer(403, TOKEN_EXPIRED).answer(403, TOKEN_EXPIRED);

		PowerBiException failure = catchThrowableOfType(PowerBiException.class,
				() -> this.client.datasets(USER, SALES));

		assertThat(failure).isExactlyInstanceOf(PowerBiException.class);
		assertThat(failure.userMessage()).contains("sign in again");
		assertThat(failure.errorCode()).isEqualTo("TokenExpired");
		assertThat(this.tokens.refreshedTokens).hasValue(1);
		assertThat(this.powerBi.requests()).hasSize(2);
	}

	@Test
	void aRefusedRefreshTokenReachesTheCallerAsConsentRequired() {
		PowerBiTokens refused = new CountingTokens() {
			@Override
			public String refreshedAccessToken(String principalName) {
				throw new ConsentRequiredException("refresh token refused");
			}
		};
		this.powerBi.answer(401, "");

		assertThatExceptionOfType(ConsentRequiredException.class)
			.isThrownBy(() -> TestClients.against(this.powerBi, refused).workspaces(USER));
	}

	@Test
	void anyOther403IsAMissingPermissionNamingTheScopeTheOperationNeeds() {
		String notAuthorized = "{\"error\":{\"code\":\"PowerBINotAuthorizedException\",\"message\":\"\"}}";
		Map<String, String> requestId = Map.of("RequestId", "8a3c1d7e-0000-4000-8000-000000000001");
		this.powerBi.answer(403, requestId, notAuthorized)
			.answer(403, notAuthorized)
			.answer(403, notAuthorized)
			.answer(403, notAuthorized);

		PowerBiPermissionException rows = catchThrowableOfType(PowerBiPermissionException.class,
				() -> this.client.postRows(USER, SALES, "d1", "Product", BATCH));
		PowerBiPermissionException groups = catchThrowableOfType(PowerBiPermissionException.class,
				() -> this.client.workspaces(USER));
		PowerBiPermissionException clone = catchThrowableOfType(PowerBiPermissionException.class, () -> this.client
			.cloneReport(USER, SALES, "r1", CloneReportRequest.onto("Copy", "d1", Workspace.MY_WORKSPACE)));
		PowerBiPermissionException rebind = catchThrowableOfType(PowerBiPermissionException.class,
				() -> this.client.rebindReport(USER, SALES, "r1", "d1"));

		assertThat(List.of(rows, groups, clone, rebind)).extracting(PowerBiPermissionException::requiredScope)
			.containsExactly("Dataset.ReadWrite.All", "Workspace.Read.All", "Content.Create", "Report.ReadWrite.All");
		assertThat(rows.userMessage()).contains("permission or consent missing", "Dataset.ReadWrite.All");
		assertThat(rows.requestId()).isEqualTo("8a3c1d7e-0000-4000-8000-000000000001");
		assertThat(rows.errorCode()).isEqualTo("PowerBINotAuthorizedException");
		assertThat(this.tokens.refreshedTokens).hasValue(0);
		assertThat(this.powerBi.requests()).hasSize(4);
	}

	@Test
	void throttlingCarriesRetryAfterAndTheBareMessage() {
		this.powerBi
			.answer(429, Map.of("Retry-After", "3392", "RequestId", "r-429"),
					"{\"message\":\"You have exceeded the amount of requests allowed in the current time frame "
							+ "and further requests will fail. Retry in 3392 seconds.\"}")
			.answer(429, "{\"error\":{\"code\":\"TooManyRequests\",\"message\":\"Maximum number of rows exceeded\"}}");

		PowerBiThrottledException told = catchThrowableOfType(PowerBiThrottledException.class,
				() -> this.client.postRows(USER, SALES, "d1", "Product", BATCH));
		PowerBiThrottledException untold = catchThrowableOfType(PowerBiThrottledException.class,
				() -> this.client.postRows(USER, SALES, "d1", "Product", BATCH));

		assertThat(told.retryAfter()).isEqualTo(Duration.ofSeconds(3392));
		assertThat(told.errorMessage()).startsWith("You have exceeded the amount of requests");
		assertThat(told.requestId()).isEqualTo("r-429");
		assertThat(told.retryable()).isTrue();
		assertThat(untold.retryAfter()).isNull();
		assertThat(untold.errorCode()).isEqualTo("TooManyRequests");
		assertThat(this.powerBi.requests()).hasSize(2);
	}

	@Test
	void retryAfterAsAnHttpDateIsReadAgainstTheAnswersOwnDate() {
		// Built by hand: an HTTP server always stamps its own Date, and this test needs a
		// fixed one to show that the local clock plays no part.
		String sent = "Wed, 21 Oct 2026 07:28:00 GMT";

		assertThat(PowerBiErrors.retryAfter(throttled("Wed, 21 Oct 2026 07:28:45 GMT", sent)))
			.isEqualTo(Duration.ofSeconds(45));
		assertThat(PowerBiErrors.retryAfter(throttled("Wed, 21 Oct 2026 07:27:00 GMT", sent))).isEqualTo(Duration.ZERO);
		assertThat(PowerBiErrors.retryAfter(throttled("soon", sent))).isNull();
		assertThat(PowerBiErrors.retryAfter(throttled(" 120 ", sent))).isEqualTo(Duration.ofSeconds(120));
	}

	@Test
	void retryAfterAsAnHttpDateReachesTheCaller() {
		String farAhead = DateTimeFormatter.RFC_1123_DATE_TIME
			.format(ZonedDateTime.of(2999, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
		this.powerBi.answer(429, Map.of("Retry-After", farAhead), "{\"message\":\"Slow down\"}");

		PowerBiThrottledException throttled = catchThrowableOfType(PowerBiThrottledException.class,
				() -> this.client.postRows(USER, SALES, "d1", "Product", BATCH));

		assertThat(throttled.retryAfter()).isGreaterThan(Duration.ofDays(300 * 365));
	}

	private static PowerBiAnswer throttled(String retryAfter, String date) {
		HttpHeaders headers = new HttpHeaders();
		headers.set("Retry-After", retryAfter);
		headers.set("Date", date);
		return new PowerBiAnswer(429, headers, new byte[0]);
	}

	@Test
	void aDatasetThatIsNotAPushDatasetSaysSo() {
		this.powerBi
			.answer(404,
					"{\"error\":{\"code\":\"ItemNotFound\","
							+ "\"message\":\"Dataset 3a8d5f1e-0000-4000-8000-000000000002 is not Push API dataset.\"}}")
			.answer(404, "{\"error\":{\"code\":\"ItemNotFound\",\"message\":\"Dataset d2 not found\"}}");

		NotPushDatasetException notPush = catchThrowableOfType(NotPushDatasetException.class,
				() -> this.client.postRows(USER, SALES, "d1", "Product", BATCH));
		PowerBiNotFoundException missing = catchThrowableOfType(PowerBiNotFoundException.class,
				() -> this.client.tables(USER, SALES, "d2"));

		assertThat(notPush.userMessage()).contains("not a push dataset");
		assertThat(missing).isNotInstanceOf(NotPushDatasetException.class);
		assertThat(missing.status()).isEqualTo(404);
	}

	@Test
	void anUnknownRouteAnsweredInAspNetsOwnShapeKeepsItsMessage() {
		this.powerBi.answer(404,
				"{\"Message\":\"No HTTP resource was found that matches the request URI 'https://api.powerbi.com/v1.0/myorg/nothing'.\"}");

		PowerBiNotFoundException missing = catchThrowableOfType(PowerBiNotFoundException.class,
				() -> this.client.tables(USER, SALES, "d1"));

		assertThat(missing.errorMessage()).startsWith("No HTTP resource was found");
	}

	@Test
	void featureDeprecatedMeansNoNewPushDatasets() {
		this.powerBi.answer(400, "{\"error\":{\"code\":\"FeatureDeprecatedError\","
				+ "\"message\":\"Creation of push datasets is no longer supported\"}}");

		PushDatasetsRetiredException retired = catchThrowableOfType(PushDatasetsRetiredException.class,
				() -> this.client.createPushDataset(USER, SALES,
						CreateDatasetRequest.push("New",
								List.of(Table.of("T", List.of(Column.of("A", DataType.STRING))))),
						RetentionPolicy.NONE));

		assertThat(retired.userMessage()).contains("no longer lets you create new push datasets");
	}

	@Test
	void aBadRequestKeepsPowerBisMessageAndDetails() {
		this.powerBi.answer(400, "{\"error\":{\"code\":\"BadRequest\",\"message\":\"Bad Request\",\"details\":"
				+ "[{\"message\":\"The property 'compatibilityLevel' does not exist\",\"target\":\"dataset\"}]}}");

		PowerBiException refused = catchThrowableOfType(PowerBiException.class,
				() -> this.client.putTable(USER, SALES, "d1", Table.of("T", List.of())));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.details()).containsExactly("dataset: The property 'compatibilityLevel' does not exist");
		assertThat(refused.retryable()).isFalse();
		assertThat(refused.getMessage()).contains("BadRequest", "compatibilityLevel");
	}

	@Test
	void aServerErrorOnPostRowsIsRetryableButNotRetriedHere() {
		this.powerBi.answer(500, "{\"error\":{\"code\":\"InternalServerError\"}}");

		PowerBiServerException failure = catchThrowableOfType(PowerBiServerException.class,
				() -> this.client.postRows(USER, SALES, "d1", "Product", BATCH));

		assertThat(failure.retryable()).isTrue();
		assertThat(this.powerBi.requests()).hasSize(1);
	}

	@Test
	void aReadIsRepeatedOnceAfterAServerError() {
		this.powerBi.answer(503, "").answer(200, "{\"value\":[{\"id\":\"d1\"}]}").answer(500, "").answer(502, "");

		assertThat(this.client.datasets(USER, SALES)).extracting(Dataset::id).containsExactly("d1");
		assertThatExceptionOfType(PowerBiServerException.class).isThrownBy(() -> this.client.reports(USER, SALES));
		assertThat(this.powerBi.requests()).hasSize(4);
	}

	@Test
	void aConnectionDroppedMidAnswerLeavesPostedRowsInDoubt() {
		this.powerBi.dropMidAnswer();

		PowerBiUnavailableException failure = catchThrowableOfType(PowerBiUnavailableException.class,
				() -> this.client.postRows(USER, SALES, "d1", "Product", BATCH));

		assertThat(failure.mayHaveBeenApplied()).isTrue();
		assertThat(failure).hasRootCauseInstanceOf(java.io.IOException.class);
		assertThat(failure.status()).isZero();
		assertThat(this.powerBi.requests()).hasSize(1);
	}

	@Test
	void aDroppedReadChangedNothing() {
		this.powerBi.dropMidAnswer().dropMidAnswer();

		PowerBiUnavailableException failure = catchThrowableOfType(PowerBiUnavailableException.class,
				() -> this.client.workspaces(USER));

		assertThat(failure.mayHaveBeenApplied()).isFalse();
	}

	@Test
	void rowsThatNeverLeftAreNotInDoubt() {
		PowerBiClient unreachable;
		try (FakePowerBi stopped = FakePowerBi.start()) {
			unreachable = TestClients.against(stopped, this.tokens);
		}

		PowerBiUnavailableException failure = catchThrowableOfType(PowerBiUnavailableException.class,
				() -> unreachable.postRows(USER, SALES, "d1", "Product", BATCH));

		assertThat(failure.mayHaveBeenApplied()).isFalse();
	}

	@Test
	void noExceptionEverShowsTheAccessToken() {
		this.powerBi.answer(403, "{\"error\":{\"code\":\"Forbidden\"}}").answer(500, "").dropMidAnswer();

		List<Throwable> failures = List.of(
				catchThrowableOfType(PowerBiException.class,
						() -> this.client.postRows(USER, SALES, "d1", "Product", BATCH)),
				catchThrowableOfType(PowerBiException.class,
						() -> this.client.postRows(USER, SALES, "d1", "Product", BATCH)),
				catchThrowableOfType(PowerBiException.class,
						() -> this.client.postRows(USER, SALES, "d1", "Product", BATCH)));

		for (Throwable failure : failures) {
			for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
				assertThat(String.valueOf(cause.getMessage())).doesNotContain("access-" + USER);
			}
		}
	}

}
