package com.pushstudio.sandbox.powerbi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * One application context for the sandbox Power BI tests (so Spring caches it), over real
 * HTTP, with the volume limits shrunk and the windows shortened; the counts that are
 * cheap to reach (120 requests, 10,000 rows, 16 MB, 75, 4,000) stay as documented. An
 * Execute Queries answer is bounded at 5 rows and 24 values instead of 100,000 and
 * 1,000,000.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "push-studio.sandbox.powerbi.limits.request-window=2s",
				"push-studio.sandbox.powerbi.limits.big-table-rows=20",
				"push-studio.sandbox.powerbi.limits.big-table-requests-per-window=5",
				"push-studio.sandbox.powerbi.limits.big-table-window=10s",
				"push-studio.sandbox.powerbi.limits.rows-per-window=10000",
				"push-studio.sandbox.powerbi.limits.rows-window=10s", "push-studio.sandbox.powerbi.limits.fifo-rows=30",
				"push-studio.sandbox.powerbi.limits.none-rows=40", "push-studio.sandbox.powerbi.limits.query-rows=5",
				"push-studio.sandbox.powerbi.limits.query-values=24" })
@Import(SandboxPowerBiTestConfig.class)
@interface SandboxPowerBiTest {

}
