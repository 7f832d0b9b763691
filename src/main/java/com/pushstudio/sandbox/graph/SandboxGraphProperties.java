package com.pushstudio.sandbox.graph;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The sandbox Graph API's settings. The audience its tokens must carry is
 * {@link com.pushstudio.sandbox.GraphResource} ({@code GRAPH_RESOURCE}), the one its
 * identity provider writes into them.
 *
 * @param hostname the SharePoint host of the seeded sites
 * @param pageSize items or lists per page when the client gives no {@code $top} (Graph's
 * default for list items is 200)
 * @param maxPageSize the most a {@code $top} gets
 * @param faults the faults it starts with; {@link GraphFaults} changes them at runtime
 */
@ConfigurationProperties("push-studio.sandbox.graph")
@Validated
public record SandboxGraphProperties(@NotBlank @DefaultValue("contoso.sharepoint.com") String hostname,
		@Positive @Max(5000) @DefaultValue("200") int pageSize,
		@Positive @Max(5000) @DefaultValue("999") int maxPageSize, @Valid @DefaultValue Faults faults) {

	/**
	 * @param throttleEvery answer every Nth Graph request with 429 (0: never)
	 * @param unavailableEvery answer every Nth Graph request with 503 (0: never)
	 * @param retryAfter the Retry-After of those answers
	 */
	public record Faults(@PositiveOrZero @DefaultValue("0") int throttleEvery,
			@PositiveOrZero @DefaultValue("0") int unavailableEvery, @DefaultValue("10s") Duration retryAfter) {
	}

}
