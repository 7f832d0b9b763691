package com.pushstudio.upload;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.pushstudio.dataset.DatasetDesigner;
import com.pushstudio.dataset.DatasetForm;
import com.pushstudio.powerbi.Column;
import com.pushstudio.powerbi.DataType;
import com.pushstudio.powerbi.Table;
import com.pushstudio.sandbox.powerbi.SandboxTableRows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A wrong choice on the way to a push is always recoverable: an encoding that cannot read
 * the file is said on the mapping page, which stays editable; a wrong decimal separator
 * is corrected from the error report without uploading again; the options page of an
 * upload that already runs shows the job instead of offering to discard it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(UploadTestConfig.class)
class UploadRecoveryIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	DatasetDesigner designer;

	UploadFlows flows;

	String dataset;

	@BeforeEach
	void prices() {
		this.flows = new UploadFlows(this.context);
		this.dataset = this.designer.create(this.flows.user(), DatasetForm.of("Prices", List
			.of(Table.of("Sales", List.of(Column.of("City", DataType.STRING), Column.of("Price", DataType.DOUBLE))))));
	}

	@Test
	void aWindows1252FileReadAsUtf8IsSaidOnTheMappingPageAndPushesOnceCorrected() throws Exception {
		byte[] csv = "City;Price\nZ\u00fcrich;12.5\nK\u00f6ln;3.25\n".getBytes(Charset.forName("windows-1252"));
		String id = upload("cities.csv", csv);

		this.mvc.perform(options(id, "UTF-8", ".").param("action", "refresh"))
			.andExpect(redirectedUrl("/uploads/" + id + "/mapping"));
		this.mvc.perform(get("/uploads/" + id + "/mapping").with(user()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is not valid UTF-8 text")))
			.andExpect(content().string(containsString("name=\"encoding\"")));

		this.mvc.perform(options(id, "windows-1252", ".").param("action", "start"))
			.andExpect(redirectedUrl("/uploads/" + id));
		this.flows.awaitState(id, JobState.DONE);
		assertThat(this.flows.uploads().progress(this.flows.user(), id).rowsSent()).isEqualTo(2);
	}

	@Test
	void aWrongDecimalSeparatorIsCorrectedFromTheErrorReportWithoutUploadingAgain() throws Exception {
		byte[] csv = "City;Price\nBerlin;1234,50\nHamburg;12,5\nBonn;7\n".getBytes(StandardCharsets.UTF_8);
		String id = upload("preise.csv", csv);
		this.mvc.perform(options(id, "UTF-8", ".").param("action", "start")).andExpect(redirectedUrl("/uploads/" + id));
		this.flows.awaitState(id, JobState.WAITING_FOR_CHOICE);
		this.mvc.perform(get("/uploads/" + id).with(user()))
			.andExpect(content().string(containsString("2 rows of 3 have problems; 1 row is valid.")))
			.andExpect(content().string(containsString("look like numbers with a decimal comma")))
			.andExpect(content().string(containsString("Change how the file is read")));

		this.mvc.perform(post("/uploads/" + id + "/reopen").with(user()).with(csrf()))
			.andExpect(redirectedUrl("/uploads/" + id + "/mapping"));
		this.mvc.perform(options(id, "UTF-8", ",").param("action", "start")).andExpect(redirectedUrl("/uploads/" + id));

		this.flows.awaitState(id, JobState.DONE);
		assertThat(this.flows.uploads().progress(this.flows.user(), id).rowsSent()).isEqualTo(3);
	}

	@Test
	void theOptionsPageOfAnUploadThatRunsShowsTheJobAndCannotDiscardIt() throws Exception {
		String id = upload("cities.csv", "City;Price\nOslo;1.5\n".getBytes(StandardCharsets.UTF_8));
		this.mvc.perform(options(id, "UTF-8", ".").param("action", "start")).andExpect(redirectedUrl("/uploads/" + id));
		this.flows.awaitState(id, JobState.DONE);

		this.mvc.perform(get("/uploads/" + id + "/mapping").with(user())).andExpect(redirectedUrl("/uploads/" + id));
		this.mvc.perform(post("/uploads/" + id + "/discard").with(user()).with(csrf()))
			.andExpect(redirectedUrl("/uploads/" + id));
		assertThat(this.flows.job(id).state()).isEqualTo(JobState.DONE);
	}

	@Test
	void aDraftIsDiscardedWithNothingSent() throws Exception {
		String id = upload("cities.csv", "City;Price\nOslo;1.5\n".getBytes(StandardCharsets.UTF_8));

		this.mvc.perform(post("/uploads/" + id + "/discard").with(user()).with(csrf()))
			.andExpect(redirectedUrl("/uploads"));

		assertThat(this.flows.job(id).state()).isEqualTo(JobState.CANCELLED);
		assertThat(this.context.getBean(SandboxTableRows.class).count(this.dataset, "Sales")).isZero();
	}

	private String upload(String name, byte[] csv) throws Exception {
		String location = this.mvc
			.perform(multipart("/workspaces/me/datasets/" + this.dataset + "/tables/Sales/upload")
				.file(new MockMultipartFile("file", name, "text/csv", csv))
				.with(user())
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/uploads/*/mapping"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return location.split("/")[2];
	}

	private MockHttpServletRequestBuilder options(String id, String encoding, String decimalSeparator) {
		return post("/uploads/" + id + "/mapping").with(user())
			.with(csrf())
			.param("delimiter", ";")
			.param("header", "yes")
			.param("encoding", encoding)
			.param("decimalSeparator", decimalSeparator)
			.param("dateTimePattern", "")
			.param("timeZone", "UTC")
			.param("mode", "append");
	}

	private RequestPostProcessor user() {
		return oidcLogin().idToken((token) -> token.subject(this.flows.user()));
	}

}
