package com.pushstudio.report;

import java.util.List;
import java.util.Optional;

import com.pushstudio.powerbi.Column;
import com.pushstudio.powerbi.DataType;
import com.pushstudio.powerbi.PowerBiNotFoundException;
import com.pushstudio.powerbi.PowerBiPermissionException;
import com.pushstudio.powerbi.Report;
import com.pushstudio.powerbi.Table;
import com.pushstudio.powerbi.Workspace;
import com.pushstudio.report.ReportRefusal.Reason;
import com.pushstudio.report.TemplateChoices.Place;
import com.pushstudio.report.TemplateChoices.TemplateChoice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The "Create report" pages, signed in as the layout expects (an OIDC user:
 * {@code oidcLogin()}, the OIDC form of {@code oauth2Login()}).
 */
// Other features' web parts (the sandbox's WebMvcConfigurer, the upload advice) need
// beans a slice does not have.
@WebMvcTest(controllers = ReportController.class, excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
		pattern = "com\\.pushstudio\\.(sandbox|upload)\\..*"))
class ReportControllerTests {

	private static final Workspace SALES = new Workspace("5a1e5000-0000-4000-8000-000000000001");

	private static final DatasetSchema SCHEMA = DatasetSchema.of(List
		.of(Table.of("Sales", List.of(Column.of("Date", DataType.DATETIME), Column.of("Amount", DataType.DOUBLE)))));

	private static final TemplateChoice TEMPLATE = new TemplateChoice(SALES, "Sales (sandbox)",
			new Report("r-1", "Sales overview", "https://app.example/reports/r-1", null, "ds-template", null, null), 7L,
			true, List.of("Sales", "Regions"));

	@Autowired
	MockMvc mvc;

	@MockitoBean
	TemplateChoices choices;

	@MockitoBean
	TemplateCatalog catalog;

	@MockitoBean
	ReportCreator creator;

	@BeforeEach
	void aDatasetWithOneTemplate() {
		given(this.choices.schema(anyString(), eq(Workspace.MY_WORKSPACE), eq("ds-1"))).willReturn(SCHEMA);
		List<Place> places = List.of(new Place(Workspace.MY_WORKSPACE, null), new Place(SALES, "Sales (sandbox)"));
		given(this.choices.places(anyString())).willReturn(places);
		given(this.choices.choices(anyString(), eq(places), eq(SCHEMA), any())).willReturn(List.of(TEMPLATE));
		given(this.choices.templateSchema(anyString(), eq(TEMPLATE))).willReturn(Optional.of(SCHEMA));
	}

	@Test
	void theFormOffersTemplatesWithLabelledFieldsAndButtons() throws Exception {
		this.mvc.perform(get("/datasets/ds-1/reports/new").with(oidcLogin()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<label for=\"template-search\""),
					containsString(">Search templates</label>"), containsString(">Report name</label>"),
					containsString(">Target workspace</label>"), containsString(">Create report</button>"),
					containsString("Sales overview"), containsString("Template for this schema"),
					containsString("value=\"" + SALES.groupId() + ":r-1\""), containsString("Remove template mark"),
					containsString("Tables: Sales, Regions"))));
	}

	@Test
	void aCreatedReportRedirectsToAPageLinkingToIt() throws Exception {
		given(this.creator.create(anyString(), any()))
			.willReturn(new CreatedReport(TEMPLATE.report(), CreatedReport.Route.CLONED));

		this.mvc
			.perform(post("/datasets/ds-1/reports").with(oidcLogin())
				.with(csrf())
				.param("template", TEMPLATE.key())
				.param("name", "My sales")
				.param("target", "me"))
			.andExpect(redirectedUrl("/datasets/ds-1/reports/created?workspace=me"))
			.andExpect(flash().attribute("createdWebUrl", "https://app.example/reports/r-1"));

		this.mvc
			.perform(get("/datasets/ds-1/reports/created").with(oidcLogin())
				.flashAttr("createdId", "r-1")
				.flashAttr("createdName", "My sales")
				.flashAttr("createdRoute", "CLONED")
				.flashAttr("createdWorkspace", "me")
				.flashAttr("createdWebUrl", "https://app.example/reports/r-1"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"https://app.example/reports/r-1\""),
					containsString(">Open report</a>"), containsString("Use as template for datasets like this one"))));
	}

	@Test
	void aMissingWritePermissionSaysWhatHappenedAndWhatToDoNext() throws Exception {
		PowerBiPermissionException forbidden = mock(PowerBiPermissionException.class);
		given(forbidden.requiredScope()).willReturn("Content.Create");
		given(this.creator.create(anyString(), any()))
			.willThrow(new ReportRefusal(Reason.WRITE_ON_TEMPLATE, "Sales overview", forbidden));

		this.mvc
			.perform(post("/datasets/ds-1/reports").with(oidcLogin())
				.with(csrf())
				.param("template", TEMPLATE.key())
				.param("name", "My sales")
				.param("target", "me"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("you do not have Write permission on it"),
					containsString("Next step: ask the template&#39;s owner to give you Write"),
					containsString("grant Push Studio the Content.Create permission"))));
	}

	@Test
	void aRefusedWorkspaceNamesItAndSuggestsAnother() throws Exception {
		given(this.creator.create(anyString(), any()))
			.willThrow(new ReportRefusal(Reason.WORKSPACE_REFUSED, "Finance", null));

		this.mvc
			.perform(post("/datasets/ds-1/reports").with(oidcLogin())
				.with(csrf())
				.param("template", TEMPLATE.key())
				.param("name", "My sales")
				.param("target", SALES.groupId()))
			.andExpect(content().string(allOf(containsString("in the workspace \u201cFinance\u201d"),
					containsString("Next step: choose another target workspace"))));
	}

	@Test
	void missingColumnsAreNamedBeforeCloningAndCreatingAnywayIsOffered() throws Exception {
		DatasetSchema wider = DatasetSchema.of(List.of(Table.of("Sales", List.of(Column.of("Date", DataType.DATETIME),
				Column.of("Region", DataType.STRING), Column.of("Amount", DataType.DOUBLE)))));
		given(this.choices.templateSchema(anyString(), eq(TEMPLATE))).willReturn(Optional.of(wider));

		this.mvc
			.perform(post("/datasets/ds-1/reports").with(oidcLogin())
				.with(csrf())
				.param("template", TEMPLATE.key())
				.param("name", "My sales")
				.param("target", "me"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Column Region is missing from table Sales."),
					containsString(">Create anyway</button>"), containsString("name=\"confirmed\" value=\"true\""))));
		verify(this.creator, never()).create(anyString(), any());
	}

	@Test
	void anUnnamedReportIsNotCreated() throws Exception {
		this.mvc
			.perform(post("/datasets/ds-1/reports").with(oidcLogin())
				.with(csrf())
				.param("template", TEMPLATE.key())
				.param("name", " ")
				.param("target", "me"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Give the report a name")));
		verify(this.creator, never()).create(anyString(), any());
	}

	@Test
	void aDatasetPowerBiDoesNotShowTheUserIsNotFound() throws Exception {
		given(this.choices.schema(anyString(), any(), eq("someone-elses")))
			.willThrow(mock(PowerBiNotFoundException.class));

		this.mvc.perform(get("/datasets/someone-elses/reports/new").with(oidcLogin()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("Create report</button>"))));
	}

	@Test
	void removingAnotherUsersTemplateMarkIsNotFound() throws Exception {
		given(this.catalog.unmark(anyString(), eq(99L))).willReturn(false);

		this.mvc.perform(post("/datasets/ds-1/reports/templates/99/delete").with(oidcLogin()).with(csrf()))
			.andExpect(status().isNotFound());
	}

}
