package com.pushstudio.sandbox.powerbi;

import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the sandbox Power BI API (defaults: the documented push dataset limits) and
 * the faults it starts with. Tests shrink the windows and counts instead of waiting.
 *
 * @param getTablesColumns whether Get Tables also answers each table's columns and
 * measures. Off by default, because users of the real service see table names only
 * (microsoft/powerbi-powershell#397); on, to try a client against the richer answer the
 * swagger's {@code Table} definition allows
 * @param servicePrincipalWorkspaces the workspaces a service principal (an app-only
 * token) is a member of, made on its first call; Power BI lets a service principal into
 * the workspaces it was added to and no others
 */
@ConfigurationProperties("push-studio.sandbox.powerbi")
@Validated
public record SandboxPowerBiProperties(@Valid @DefaultValue Limits limits, @Valid @DefaultValue Faults faults,
		@DefaultValue("false") boolean getTablesColumns,
		@DefaultValue("Automation (sandbox)") List<String> servicePrincipalWorkspaces) {

	/**
	 * @param bytesPerPost 16 MB read as 16,000,000 bytes: the stricter reading, so that a
	 * client which passes here also passes in Power BI
	 * @param queryRows rows per Execute Queries answer (swagger
	 * {@code Datasets_ExecuteQueries}: 100,000)
	 * @param queryValues values per Execute Queries answer (ibid.: 1,000,000)
	 */
	public record Limits(@Positive @DefaultValue("10000") int rowsPerPost,
			@DefaultValue("16000000B") DataSize bytesPerPost, @Positive @DefaultValue("75") int tables,
			@Positive @DefaultValue("75") int columnsPerTable, @Positive @DefaultValue("75") int relationships,
			@Positive @DefaultValue("4000") int stringLength, @Positive @DefaultValue("120") int requestsPerWindow,
			@DefaultValue("1m") Duration requestWindow, @Positive @DefaultValue("250000") long bigTableRows,
			@Positive @DefaultValue("120") int bigTableRequestsPerWindow, @DefaultValue("1h") Duration bigTableWindow,
			@Positive @DefaultValue("1000000") long rowsPerWindow, @DefaultValue("1h") Duration rowsWindow,
			@Positive @DefaultValue("5") int pendingRequests, @Positive @DefaultValue("200000") long fifoRows,
			@Positive @DefaultValue("5000000") long noneRows, @Positive @DefaultValue("100000") int queryRows,
			@Positive @DefaultValue("1000000") int queryValues) {
	}

	/**
	 * Faults at start-up; {@link SandboxFaults} changes them at runtime. Counts fail the
	 * next n requests, shares (0..1) fail that fraction at random.
	 */
	public record Faults(@PositiveOrZero @DefaultValue("0") int throttleCount,
			@DecimalMin("0") @DecimalMax("1") @DefaultValue("0") double throttleShare,
			@DefaultValue("30s") Duration retryAfter, @PositiveOrZero @DefaultValue("0") int serverErrorCount,
			@DecimalMin("0") @DecimalMax("1") @DefaultValue("0") double serverErrorShare,
			@PositiveOrZero @DefaultValue("0") int droppedCount,
			@DecimalMin("0") @DecimalMax("1") @DefaultValue("0") double droppedShare,
			@DefaultValue("0ms") Duration latency, @DefaultValue("false") boolean refuseNewDatasets,
			@DefaultValue("post-rows") SandboxFaults.Scope scope) {
	}

}
