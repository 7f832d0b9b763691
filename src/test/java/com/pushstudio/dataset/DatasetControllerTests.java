package com.pushstudio.dataset;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.pushstudio.dataset.DatasetDetails.Presence;
import com.pushstudio.powerbi.Column;
import com.pushstudio.powerbi.DataType;
import com.pushstudio.powerbi.PowerBiException;
import com.pushstudio.powerbi.PowerBiThrottledException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oauth2Login;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

// Other features' MVC components (the sandbox's WebMvcConfigurer, the uploads' advice)
// need beans this slice does not have: keep them out.
@WebMvcTest(controllers = DatasetController.class,
		excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
				pattern = "com\\.pushstudio\\.(?!dataset\\.|account\\.).*"))
@Import({ SchemaRules.class, DatasetMessages.class, DatasetChoices.class })
class DatasetControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private DatasetDesigner designer;

	@BeforeEach
	void noWorkspaces() {
		given(this.designer.workspaces(anyString())).willReturn(Map.of("ws-1", "Finance"));
	}

	@Test
	void theNewDatasetFormOffersMyWorkspaceAndTheUsersWorkspaces() throws Exception {
		this.mvc.perform(get("/datasets/new").with(user("ada")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("<label class=\"form-label\" for=\"name\">Dataset name</label>"),
						containsString(">My workspace</option>"), containsString("value=\"ws-1\">Finance</option>"),
						containsString("for=\"tables-0-columns-0-name\">Column 1 name</label>"))));
	}

	/**
	 * A fragment named like an element ("input") also selects every such element of its
	 * file: the sample's file field once showed under each text field.
	 */
	@Test
	void theOnlyFileFieldIsTheSamples() throws Exception {
		String page = this.mvc.perform(get("/datasets/new").with(user("ada")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.split("type=\"file\"", -1)).as("file fields on the page").hasSize(2);
		assertThat(page).contains("id=\"sample\"");
	}

	@Test
	void creatingShowsEachRuleBreachNextToItsField() throws Exception {
		this.mvc
			.perform(design().param("tables[0].name", "Sales/2024")
				.param("tables[0].columns[0].name", "Amount")
				.param("tables[0].columns[0].dataType", "DOUBLE")
				.param("tables[0].columns[1].name", "amount")
				.param("tables[0].columns[1].dataType", "STRING")
				.param("action", "create"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"name-error\">Required.</div>"),
					containsString("id=\"tables-0-name-error\">1 to 100 characters"),
					containsString("id=\"tables-0-columns-1-name-error\">“amount” is used twice"),
					containsString("value=\"Sales/2024\""))));
		then(this.designer).should(Mockito.never()).create(anyString(), any());
	}

	@Test
	void addingAColumnKeepsWhatWasTyped() throws Exception {
		this.mvc.perform(typed().param("action", "add-column:0"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"Retail\""), containsString("value=\"Sales\""),
					containsString(
							"id=\"tables-0-columns-1-name\" name=\"tables[0].columns[1].name\" value=\"Amount\""),
					containsString("id=\"tables-0-columns-2-name\" autofocus=\"autofocus\" "
							+ "name=\"tables[0].columns[2].name\" value=\"\""))));
	}

	/**
	 * htmx sends a row edit with the token in a header and swaps in the form it selects
	 * from the answer: the form must say where edits go and carry the header.
	 */
	@Test
	void aRowEditSentInPlaceCarriesItsTokenInAHeader() throws Exception {
		this.mvc.perform(typed().with(csrf().asHeader()).header("HX-Request", "true").param("action", "add-column:0"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("<form id=\"designer\""), containsString("hx-select=\"#designer\""),
						containsString("hx-headers=\"{&quot;X-CSRF-TOKEN&quot;: &quot;"),
						containsString("id=\"tables-0-add-column\" hx-post=\"/datasets/new\""),
						containsString("id=\"tables-0-columns-2-name\" autofocus=\"autofocus\""))));
	}

	@Test
	void removingAColumnKeepsTheOthers() throws Exception {
		this.mvc.perform(typed().param("action", "remove-column:0:0"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(
					containsString("id=\"tables-0-columns-0-name\" autofocus=\"autofocus\" "
							+ "name=\"tables[0].columns[0].name\" value=\"Amount\""),
					not(containsString("value=\"Id\"")), not(containsString("tables[0].columns[1].name")))));
	}

	@Test
	void movingAColumnUpKeepsItsNameAndType() throws Exception {
		this.mvc.perform(typed().param("action", "up-column:0:1"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(
					containsString("id=\"tables-0-columns-0-name\" autofocus=\"autofocus\" "
							+ "name=\"tables[0].columns[0].name\" value=\"Amount\""),
					containsString("id=\"tables-0-columns-1-name\" name=\"tables[0].columns[1].name\" value=\"Id\""),
					containsString("<option value=\"DOUBLE\" selected=\"selected\">Double</option>"))));
	}

	@Test
	void aValidDesignIsCreatedAndThePageRedirectsToIt() throws Exception {
		given(this.designer.create(eq("ada"), any())).willReturn("ds-1");
		this.mvc.perform(typed().param("action", "create"))
			.andExpect(redirectedUrl("/datasets/ds-1"))
			.andExpect(flash().attribute("notice", "Dataset “Retail” created in Power BI."));
	}

	@Test
	void aSecondDatasetOfOneNameIsCreatedOnlyOnceThePersonConfirms() throws Exception {
		given(this.designer.sameNamed(eq("ada"), any(), eq("Retail"))).willReturn(List.of("ds-0"));
		given(this.designer.create(eq("ada"), any())).willReturn("ds-1");

		this.mvc.perform(typed().param("action", "create"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("already has a dataset named \u201cRetail\u201d"),
					containsString("value=\"create-anyway\""), containsString("value=\"Retail\""))));
		then(this.designer).should(Mockito.never()).create(anyString(), any());

		this.mvc.perform(typed().param("action", "create-anyway")).andExpect(redirectedUrl("/datasets/ds-1"));
	}

	@Test
	void relationshipsChooseAmongTheTablesAndColumnsOfTheForm() throws Exception {
		this.mvc.perform(typed().param("action", "add-relationship"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("<select class=\"form-select\" id=\"relationships-0-fromTable\""),
						containsString("<option value=\"Sales\">Sales</option>"),
						containsString("<option value=\"Amount\">Amount</option>"))));
	}

	@Test
	void deletingADatasetAsksFirstAndThenGoesBackToTheList() throws Exception {
		given(this.designer.details("ada", "ds-1"))
			.willReturn(new DatasetDetails("ds-1", "Retail", "me", null, DatasetOrigin.CREATED, null,
					List.of(new DatasetDetails.TableDetails("Sales", List.of(Column.of("Amount", DataType.DOUBLE)),
							List.of(), 1L, Presence.IN_POWER_BI, false)),
					List.of(), null, List.of(), List.of(new DatasetDetails.ReportLink("Sales by region", null))));

		this.mvc.perform(get("/datasets/ds-1/delete").with(user("ada")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Delete dataset \u201cRetail\u201d?"),
					containsString("Sales: 1 row<"), containsString("Reports that go with it: Sales by region"))));
		then(this.designer).should(Mockito.never()).delete(anyString(), anyString());

		given(this.designer.delete("ada", "ds-1")).willReturn("Retail");
		this.mvc.perform(post("/datasets/ds-1/delete").with(user("ada")).with(csrf()))
			.andExpect(redirectedUrl("/datasets"))
			.andExpect(flash().attribute("notice", "Dataset \u201cRetail\u201d was deleted."));
		then(this.designer).should().delete("ada", "ds-1");
	}

	@Test
	void aThrottledCreateSaysWhenToRetryAndKeepsTheForm() throws Exception {
		PowerBiException throttled = throttled();
		given(this.designer.create(eq("ada"), any())).willThrow(throttled);
		this.mvc.perform(typed().param("action", "create"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Try again in 30 seconds."), containsString("value=\"Retail\""))));
	}

	@Test
	void aPostWithoutCsrfIsRefused() throws Exception {
		this.mvc.perform(post("/datasets/new").with(user("ada")).param("name", "Retail").param("action", "create"))
			.andExpect(status().isForbidden());
		then(this.designer).shouldHaveNoInteractions();
	}

	@Test
	void anotherUsersDatasetIsNotFound() throws Exception {
		given(this.designer.details("bob", "ds-of-ada")).willThrow(new DesignNotFoundException());
		this.mvc.perform(get("/datasets/ds-of-ada").with(user("bob"))).andExpect(status().isNotFound());
		given(this.designer.table("bob", "ds-of-ada", "Sales")).willThrow(new DesignNotFoundException());
		this.mvc.perform(get("/datasets/ds-of-ada/tables/Sales/clear").with(user("bob")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theDatasetPageShowsRowCountsOrUnknown() throws Exception {
		given(this.designer.details("ada", "ds-1")).willReturn(new DatasetDetails("ds-1", "Retail", "me", null,
				DatasetOrigin.CREATED, null,
				List.of(new DatasetDetails.TableDetails("Sales", List.of(Column.of("Amount", DataType.DOUBLE)),
						List.of(), 1234L, Presence.IN_POWER_BI, false),
						new DatasetDetails.TableDetails("Product", List.of(Column.of("Id", DataType.INT64)), List.of(),
								null, Presence.IN_POWER_BI, false)),
				List.of(), null, List.of(), List.of()));
		this.mvc.perform(get("/datasets/ds-1").with(user("ada")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(">1,234</strong>"), containsString(">unknown</strong>"),
					containsString("href=\"/datasets/ds-1/tables/Sales/clear\""))));
	}

	/**
	 * The dataset page cannot know about sources (they depend on datasets): one address
	 * per table finds its SharePoint source or starts one.
	 */
	@Test
	void eachTableWithColumnsLinksToItsSharePointLists() throws Exception {
		given(this.designer.details("ada", "ds-1"))
			.willReturn(new DatasetDetails("ds-1", "Retail", "ws-1", "Finance", DatasetOrigin.CREATED, null, List.of(
					new DatasetDetails.TableDetails("Project hours", List.of(Column.of("Hours", DataType.DOUBLE)),
							List.of(), 0L, Presence.IN_POWER_BI, false),
					new DatasetDetails.TableDetails("Adopted", List.of(), List.of(), null, Presence.IN_POWER_BI, true)),
					List.of(), null, List.of(), List.of()));
		String page = this.mvc.perform(get("/datasets/ds-1").with(user("ada")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(
				"href=\"/sources/for-table?workspace=ws-1&amp;dataset=ds-1&amp;table=Project%20hours\">Keep SharePoint lists in Project hours</a>");
		assertThat(page).doesNotContain("Keep SharePoint lists in Adopted");
	}

	@Test
	void removingAColumnFromATableWithRowsAsksForConfirmation() throws Exception {
		given(this.designer.check(eq("ada"), eq("ds-1"), any()))
			.willReturn(new SchemaCheck(List.of("Note"), List.of(), 1_234L));
		this.mvc.perform(changeTable("save"))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("The table holds 1,234 rows."), containsString("Change the schema anyway"))));
		then(this.designer).should(Mockito.never()).changeTable(anyString(), anyString(), any());
		this.mvc.perform(changeTable("save-confirmed")).andExpect(redirectedUrl("/datasets/ds-1"));
		then(this.designer).should().changeTable(eq("ada"), eq("ds-1"), any());
	}

	@Test
	void clearingRowsRedirectsWithANotice() throws Exception {
		this.mvc.perform(post("/datasets/ds-1/tables/Sales/clear").with(user("ada")).with(csrf()))
			.andExpect(redirectedUrl("/datasets/ds-1"))
			.andExpect(flash().attribute("notice", "All rows of table “Sales” were deleted."));
		then(this.designer).should().clearRows("ada", "ds-1", "Sales");
	}

	private MockHttpServletRequestBuilder changeTable(String action) {
		return post("/datasets/ds-1/tables/Sales").with(user("ada"))
			.with(csrf())
			.param("columns[0].name", "Amount")
			.param("columns[0].dataType", "DOUBLE")
			.param("action", action);
	}

	private MockHttpServletRequestBuilder design() {
		return post("/datasets/new").with(user("ada")).with(csrf()).param("workspace", "me");
	}

	private MockHttpServletRequestBuilder typed() {
		return design().param("name", "Retail")
			.param("retention", "BASIC_FIFO")
			.param("mode", "PUSH")
			.param("tables[0].name", "Sales")
			.param("tables[0].columns[0].name", "Id")
			.param("tables[0].columns[0].dataType", "INT64")
			.param("tables[0].columns[1].name", "Amount")
			.param("tables[0].columns[1].dataType", "DOUBLE");
	}

	private static PowerBiException throttled() {
		PowerBiThrottledException ex = Mockito.mock(PowerBiThrottledException.class);
		given(ex.retryAfter()).willReturn(Duration.ofSeconds(30));
		return ex;
	}

	/** Signed in as the app signs users in: an OIDC user named by object id. */
	static RequestPostProcessor user(String objectId) {
		OidcIdToken idToken = OidcIdToken.withTokenValue("id-token")
			.subject("sub-" + objectId)
			.claim("oid", objectId)
			.claim("name", "User " + objectId)
			.build();
		return oauth2Login()
			.oauth2User(new DefaultOidcUser(List.of(new SimpleGrantedAuthority("OIDC_USER")), idToken, "oid"));
	}

}
