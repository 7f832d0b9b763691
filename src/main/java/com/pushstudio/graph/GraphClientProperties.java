package com.pushstudio.graph;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.Assert;
import org.springframework.util.unit.DataSize;

/**
 * How long to wait for Microsoft Graph and how far to go along with it.
 *
 * @param connectTimeout time to open a connection
 * @param readTimeout time to wait for an answer
 * @param maxRetries how many times one call is repeated after 429 or 503
 * @param maxRetryWait the longest {@code Retry-After} waited for; a longer one fails the
 * call at once, so the caller (a scheduled sync) can come back later instead of holding a
 * thread
 * @param maxPages how many {@code @odata.nextLink} pages one listing follows
 * @param maxAnswerSize the largest answer read
 */
@ConfigurationProperties("push-studio.graph")
record GraphClientProperties(@DefaultValue("10s") Duration connectTimeout, @DefaultValue("60s") Duration readTimeout,
		@DefaultValue("4") int maxRetries, @DefaultValue("60s") Duration maxRetryWait,
		@DefaultValue("100") int maxPages, @DefaultValue("32MB") DataSize maxAnswerSize) {

	GraphClientProperties {
		// A zero timeout means "wait forever" to HTTP clients.
		Assert.isTrue(!connectTimeout.isNegative() && !connectTimeout.isZero(),
				"push-studio.graph.connect-timeout must be positive");
		Assert.isTrue(!readTimeout.isNegative() && !readTimeout.isZero(),
				"push-studio.graph.read-timeout must be positive");
		Assert.isTrue(maxRetries >= 0 && maxRetries <= 20, "push-studio.graph.max-retries must be 0 to 20");
		Assert.isTrue(!maxRetryWait.isNegative() && maxRetryWait.compareTo(Duration.ofMinutes(10)) <= 0,
				"push-studio.graph.max-retry-wait must be 0 to 10 minutes");
		Assert.isTrue(maxPages >= 1 && maxPages <= 10_000, "push-studio.graph.max-pages must be 1 to 10000");
		Assert.isTrue(maxAnswerSize.toBytes() > 0 && maxAnswerSize.toBytes() <= Integer.MAX_VALUE - 8,
				"push-studio.graph.max-answer-size must be positive and under 2 GB");
	}

}
