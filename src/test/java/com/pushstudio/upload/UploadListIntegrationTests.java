package com.pushstudio.upload;

import com.pushstudio.dataset.SchemaOfRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The uploads list names each upload's dataset, and an ended upload can be removed from
 * it after a confirmation that says the rows it sent stay; one that has not ended cannot.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(UploadTestConfig.class)
class UploadListIntegrationTests {

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
	void anEndedUploadIsRemovedFromTheListAfterAConfirmationAndItsRowsStay() throws Exception {
		String id = this.flows.start(this.dataset, UploadFlows.csv(3), false);
		this.flows.awaitState(id, JobState.DONE);
		this.mvc.perform(get("/uploads").with(user()))
			.andExpect(content().string(containsString("/uploads/" + id + "/remove")))
			.andExpect(content().string(containsString(datasetName())));

		this.mvc.perform(get("/uploads/" + id + "/remove").with(user()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The 3 rows it sent stay in " + UploadFlows.TABLE)));
		this.mvc.perform(post("/uploads/" + id + "/remove").with(user()).with(csrf()))
			.andExpect(redirectedUrl("/uploads"));

		this.mvc.perform(get("/uploads").with(user())).andExpect(content().string(not(containsString(id))));
		assertThat(this.context.getBean(UploadJobRepository.class).findById(id)).isEmpty();
		assertThat(this.flows.storedIds(this.dataset)).containsExactlyInAnyOrderElementsOf(UploadFlows.ids(1, 3));
	}

	@Test
	void anUploadThatHasNotEndedCannotBeRemoved() throws Exception {
		String id = this.flows.uploads()
			.create(this.flows.user(), "me", this.dataset, UploadFlows.TABLE,
					new MockMultipartFile("file", "draft.csv", "text/csv", UploadFlows.csv(2)));

		this.mvc.perform(get("/uploads").with(user()))
			.andExpect(content().string(not(containsString("/uploads/" + id + "/remove"))));
		this.mvc.perform(get("/uploads/" + id + "/remove").with(user())).andExpect(redirectedUrl("/uploads/" + id));
		this.mvc.perform(post("/uploads/" + id + "/remove").with(user()).with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(this.flows.job(id).state()).isEqualTo(JobState.DRAFT);
	}

	private String datasetName() {
		return this.context.getBean(SchemaOfRecord.class).dataset(this.flows.user(), this.dataset).orElseThrow().name();
	}

	private RequestPostProcessor user() {
		return oidcLogin().idToken((token) -> token.subject(this.flows.user()));
	}

}
