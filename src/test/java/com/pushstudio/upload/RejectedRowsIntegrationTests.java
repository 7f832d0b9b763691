package com.pushstudio.upload;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The error report groups the errors by column and hands out the refused rows themselves,
 * as they are in the file, to fix and upload again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(UploadTestConfig.class)
@TestPropertySource(properties = "push-studio.upload.errors-kept=5")
class RejectedRowsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	UploadFlows flows;

	String dataset;

	@BeforeEach
	void dataset() {
		this.flows = new UploadFlows(this.context);
		this.dataset = this.flows.createDataset();
	}

	@Test
	void theRejectedRowsComeOutAsInTheFileWithTheirReasonLast() throws Exception {
		String csv = "Id,Name,Amount,When\n1,Ada,1.5,2025-03-01T10:00:00Z\n2,\"Bob, Jr.\",lots,2025-03-01T10:00:00Z\n"
				+ "3,Cy,2,2025-03-01T10:00:00Z\nx,Di,2,yesterday\n5,Ed,3\n";
		String id = this.flows.start(this.dataset, csv.getBytes(StandardCharsets.UTF_8), false);
		this.flows.awaitState(id, JobState.WAITING_FOR_CHOICE);

		MvcResult started = this.mvc.perform(get("/uploads/" + id + "/rejected-rows.csv").with(user()))
			.andExpect(request().asyncStarted())
			.andReturn();
		byte[] body = this.mvc.perform(asyncDispatch(started))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"sales - rejected rows.csv\"; "
							+ "filename*=UTF-8''sales%20-%20rejected%20rows.csv"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
		assertThat(new String(body, 3, body.length - 3, StandardCharsets.UTF_8))
			.isEqualTo("Id,Name,Amount,When,Rejected because\r\n"
					+ "2,\"Bob, Jr.\",lots,2025-03-01T10:00:00Z,\"line 3, Amount: is not a number\"\r\n"
					+ "x,Di,2,yesterday,\"line 5, Id: is not a whole number; line 5, When: is not an ISO-8601 "
					+ "date-time (like 2024-03-31 or 2024-03-31T14:05:00Z)\"\r\n"
					+ "5,Ed,3,line 6: has 3 fields but the header has 4\r\n");
	}

	@Test
	void theErrorsAreGroupedByColumnWithinTheKeptOnesAndSaySoWhenSomeWereOnlyCounted() throws Exception {
		StringBuilder csv = new StringBuilder("Id,Name,Amount,When\n");
		for (int i = 1; i <= 6; i++) {
			csv.append(i).append(",N,bad").append(i).append(",2025-03-01T10:00:00Z\n");
		}
		csv.append("x,N,1,2025-03-01T10:00:00Z\n");
		String id = this.flows.start(this.dataset, csv.toString().getBytes(StandardCharsets.UTF_8), false);
		this.flows.awaitState(id, JobState.WAITING_FOR_CHOICE);

		String page = this.mvc.perform(get("/uploads/" + id).with(user()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll("\\s+", " ");
		assertThat(page)
			.contains("data-testid=\"error-groups\"", "<th scope=\"row\" class=\"text-break\">Amount</th> <td>5</td>",
					"line 2: “bad1” is not a number", "line 4: “bad3” is not a number",
					"Grouped from the first 5 of 7 problems")
			.doesNotContain("line 5: “bad4”")
			.contains("Download the 7 rejected rows to fix and upload again (CSV)");
	}

	@Test
	void onceTheUploadEndedThereAreNoRejectedRowsToDownload() throws Exception {
		String id = this.flows.start(this.dataset, UploadFlows.csv(2), false);
		this.flows.awaitFileDeleted(this.flows.awaitState(id, JobState.DONE));
		this.mvc.perform(get("/uploads/" + id + "/rejected-rows.csv").with(user()))
			.andExpect(redirectedUrl("/uploads/" + id));
		this.mvc.perform(post("/uploads/" + id + "/cancel").with(user()).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	private RequestPostProcessor user() {
		return oidcLogin().idToken((token) -> token.subject(this.flows.user()));
	}

}
