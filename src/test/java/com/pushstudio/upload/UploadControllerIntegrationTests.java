package com.pushstudio.upload;

import java.nio.charset.StandardCharsets;
import java.util.List;

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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
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

	UploadFlows flows;

	String dataset;

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

	private String uploadPath() {
		return "/workspaces/me/datasets/" + this.dataset + "/tables/" + UploadFlows.TABLE + "/upload";
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor user() {
		return oidcLogin().idToken((token) -> token.subject(this.flows.user()));
	}

}
