package com.pushstudio.upload;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import com.pushstudio.sandbox.powerbi.SandboxFaults;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The upload pages, signed in, with the application's Power BI client talking to the
 * sandbox over real HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(UploadTestConfig.class)
class UploadControllerIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	UploadJobRepository jobs;

	@Autowired
	SandboxFaults faults;

	UploadFlows flows;

	String dataset;

	@AfterEach
	void noFaults() {
		this.faults.reset();
	}

	@BeforeEach
	void dataset() {
		this.flows = new UploadFlows(this.context);
		this.dataset = this.flows.createDataset();
	}

	@Test
	void refusesABinaryFileBeforeAnythingElseHappens() throws Exception {
		byte[] binary = { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3, 0, 0, 4 };
		long before = this.jobs.count();
		this.mvc
			.perform(multipart(uploadPath()).file(new MockMultipartFile("file", "photo.png", "image/png", binary))
				.with(user())
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("refused", containsString("not a text CSV file")));
		assertThat(this.jobs.count()).isEqualTo(before);
	}

	@Test
	void aBadFileShowsLineLevelReasonsAndSendsNothing() throws Exception {
		String csv = "Id,Name,Amount,When\n1,Ada,1.5,2025-03-01T10:00:00Z\n2,Bob,lots,2025-03-01T10:00:00Z\n"
				+ "x,Cy,2,2025-03-01T10:00:00Z\n";
		String location = this.mvc
			.perform(multipart(uploadPath())
				.file(new MockMultipartFile("file", "bad.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.with(user())
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/uploads/*/mapping"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String id = location.split("/")[2];
		this.mvc.perform(get(location).with(user()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"preview\"")))
			.andExpect(content().string(containsString("<span>Ada</span>")))
			.andExpect(content().string(containsString("Not sent: is not a number")));
		this.mvc
			.perform(post("/uploads/" + id + "/mapping").with(user())
				.with(csrf())
				.param("delimiter", ",")
				.param("header", "yes")
				.param("encoding", "UTF-8")
				.param("decimalSeparator", ".")
				.param("dateTimePattern", "")
				.param("timeZone", "UTC")
				.param("mode", "append")
				.param("action", "start"))
			.andExpect(redirectedUrlPattern("/uploads/*"));
		this.flows.awaitState(id, JobState.WAITING_FOR_CHOICE);

		this.mvc.perform(get("/uploads/" + id).with(user()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("lots")))
			.andExpect(content().string(containsString("<td>3</td>")))
			.andExpect(content().string(containsString("<td>4</td>")))
			.andExpect(content().string(containsString("Push only the 1 valid rows")));
		this.mvc.perform(get("/uploads/" + id + "/errors.csv").with(user()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("line,column,value,reason")));
		assertThat(this.flows.storedIds(this.dataset)).isEmpty();

		this.mvc.perform(post("/uploads/" + id + "/push-valid-rows").with(user()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.flows.awaitState(id, JobState.DONE);
		assertThat(this.flows.storedIds(this.dataset)).isEqualTo(List.of(1L));
		this.mvc.perform(get("/uploads/" + id + "/progress").with(user()))
			.andExpect(content().string(containsString("data-testid=\"progress\"")))
			.andExpect(content().string(containsString("aria-valuenow=\"100\"")));
	}

	@Test
	void anotherUsersJobIsNotFound() throws Exception {
		String id = this.flows.start(this.dataset, UploadFlows.csv(5), false);
		this.mvc.perform(get("/uploads/" + id).with(oidcLogin().idToken((t) -> t.subject("someone-else"))))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/uploads/" + id + "/cancel").with(oidcLogin().idToken((t) -> t.subject("someone-else")))
				.with(csrf()))
			.andExpect(status().isNotFound());
	}

	/**
	 * Power BI answers slowly here, so the worker is still waiting on its request when
	 * the person cancels: the page must say the upload is being cancelled, not "Pushing".
	 */
	@Test
	void cancellingAsksFirstSaysWhatStaysAndShowsAtOnce() throws Exception {
		this.faults.latency(Duration.ofSeconds(5));
		String id = this.flows.start(this.dataset, UploadFlows.csv(3_000), false);
		this.flows.awaitState(id, JobState.PUSHING);
		this.mvc.perform(get("/uploads/" + id).with(user()))
			.andExpect(content().string(containsString("href=\"/uploads/" + id + "/cancel\">Cancel upload</a>")));

		this.mvc.perform(get("/uploads/" + id + "/cancel").with(user()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cancel the upload of sales.csv?")))
			.andExpect(content().string(containsString("No row has been sent to Sales yet, and none will be.")))
			.andExpect(content().string(containsString("Requests already on their way to Power BI are answered first")))
			.andExpect(content().string(containsString(">Keep the upload</a>")));
		assertThat(this.flows.job(id).state()).as("asking changes nothing").isEqualTo(JobState.PUSHING);

		this.mvc.perform(post("/uploads/" + id + "/cancel").with(user()).with(csrf()))
			.andExpect(redirectedUrl("/uploads/" + id));
		this.mvc.perform(get("/uploads/" + id).with(user()))
			.andExpect(content().string(containsString("data-testid=\"state\">Cancell")))
			.andExpect(content().string(not(containsString(">Cancel upload</a>"))));
		this.mvc.perform(get("/uploads/" + id + "/progress").with(user()))
			.andExpect(content().string(not(containsString("data-testid=\"state\">Pushing"))));

		UploadJob cancelled = this.flows.awaitState(id, JobState.CANCELLED);
		assertThat(this.flows.storedIds(this.dataset)).hasSize((int) cancelled.rowsSent());
		this.mvc.perform(get("/uploads/" + id + "/cancel").with(user())).andExpect(redirectedUrl("/uploads/" + id));
	}

	private String uploadPath() {
		return "/workspaces/me/datasets/" + this.dataset + "/tables/" + UploadFlows.TABLE + "/upload";
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor user() {
		return oidcLogin().idToken((token) -> token.subject(this.flows.user()));
	}

}
