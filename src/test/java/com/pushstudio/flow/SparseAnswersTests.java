package com.pushstudio.flow;

import com.pushstudio.account.PowerBiTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * In azure mode against a Power BI that answers as sparsely as its documentation allows
 * (ids without names, datasets without flags, tables without columns, empty objects in
 * lists): every page still answers, nothing ends in a 500.
 */
@SpringBootTest(properties = { "azure.client-id=11111111-2222-3333-4444-555555555555", "azure.client-secret=not-used",
		"push-studio.token-encryption-key=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=" })
@AutoConfigureMockMvc
class SparseAnswersTests {

	private static final SparsePowerBi powerBi = SparsePowerBi.start()
		.answer("GET /groups", "{\"value\":[{\"id\":\"g1\"},{},null]}")
		.answer("GET /datasets", "{\"value\":[{\"id\":\"plain\"},{},{\"id\":\"push\",\"addRowsAPIEnabled\":true}]}")
		.answer("GET /groups/g1/datasets", "{}")
		.answer("GET /datasets/plain", "{\"id\":\"plain\"}")
		.answer("GET /datasets/push", "{\"id\":\"push\",\"addRowsAPIEnabled\":true}")
		.answer("GET /datasets/push/tables", "{\"value\":[{\"name\":\"Orders\"},{}]}")
		.answer("POST /datasets/push/executeQueries", "{}")
		.answer("GET /reports", "{\"value\":[{\"id\":\"r1\"},{}]}")
		.answer("GET /groups/g1/reports", "{}");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	PowerBiTokens tokens;

	@DynamicPropertySource
	static void sparsePowerBi(DynamicPropertyRegistry registry) {
		registry.add("powerbi.api-url", powerBi::url);
	}

	@AfterAll
	static void stop() {
		powerBi.close();
	}

	@Test
	void theDatasetListShowsIdsForMissingNamesAndOffersOnlyPushDatasetsForAdoption() throws Exception {
		given(this.tokens.accessToken(anyString())).willReturn("token");
		this.mvc.perform(get("/datasets").with(person("lister")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">plain</span>")))
			.andExpect(content().string(containsString("Adopt push")));
		this.mvc.perform(get("/datasets").param("workspace", "g1").with(person("lister"))).andExpect(status().isOk());
	}

	/** A signed-in person of their own, so the tests do not see each other's records. */
	private static OidcLoginRequestPostProcessor person(String name) {
		return oidcLogin().idToken((token) -> token.subject(name).claim("name", name));
	}

	@Test
	void aDatasetWithoutTheAddRowsFlagIsRefusedAsNotPushAndAPushOneIsAdoptedByTableName() throws Exception {
		given(this.tokens.accessToken(anyString())).willReturn("token");
		this.mvc
			.perform(post("/datasets/adopt").param("workspace", "me")
				.param("datasetId", "plain")
				.with(person("adopter"))
				.with(csrf()))
			.andExpect(redirectedUrl("/datasets?workspace=me"))
			.andExpect(flash().attribute("problem", containsString("not a push dataset")));

		this.mvc
			.perform(post("/datasets/adopt").param("workspace", "me")
				.param("datasetId", "push")
				.with(person("adopter"))
				.with(csrf()))
			.andExpect(redirectedUrl("/datasets/push"));
		this.mvc.perform(get("/datasets/push").with(person("adopter")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("State the columns of Orders")));
		this.mvc.perform(get("/datasets/push/tables/Orders").with(person("adopter"))).andExpect(status().isOk());
		this.mvc.perform(get("/workspaces/me/datasets/push/tables/Orders/upload").with(person("adopter")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("are not stated yet")));
		this.mvc.perform(get("/datasets/push/reports/new").with(person("adopter"))).andExpect(status().isOk());
	}

}
