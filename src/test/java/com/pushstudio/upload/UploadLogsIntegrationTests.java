package com.pushstudio.upload;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator greps for: the lines about an upload's requests carry the upload's id
 * and Power BI's RequestId, also from the threads that wait for the answers, and never a
 * token.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "push-studio.upload.limits.rows-per-post=100", "logging.level.com.pushstudio.powerbi=DEBUG",
				"logging.level.com.pushstudio.upload=DEBUG" })
@Import(UploadTestConfig.class)
@ExtendWith(OutputCaptureExtension.class)
@DirtiesContext
class UploadLogsIntegrationTests {

	/** A JSON Web Token's first two parts: what an access or id token looks like. */
	private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}");

	@Autowired
	ApplicationContext context;

	@Test
	void theRequestsOfAnUploadAreLoggedWithItsIdAndRequestIdAndNoToken(CapturedOutput output) {
		UploadFlows flows = new UploadFlows(this.context);
		String dataset = flows.createDataset();
		String id = flows.start(dataset, UploadFlows.csv(250), false);
		flows.awaitState(id, JobState.DONE);
		Pattern postRows = Pattern.compile(
				"\\[job " + Pattern.quote(id) + "\\] .*Power BI POST /v1.0/myorg/.*rows: 200, RequestId [0-9a-f-]{36}");
		assertThat(output.getAll().lines().filter((line) -> postRows.matcher(line).find()).count())
			.as("Post Rows lines with the job's id and a RequestId")
			.isEqualTo(3);
		assertThat(JWT.matcher(output.getAll()).find()).as("a token in the log").isFalse();
	}

}
