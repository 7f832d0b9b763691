package com.pushstudio.dataset;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The proposal page says how the sample was read and shows, beside each proposed column,
 * a value from the sample: a person sees why a type was chosen before creating anything.
 */
@WebMvcTest(controllers = DatasetController.class,
		excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
				pattern = "com\\.pushstudio\\.(?!dataset\\.|account\\.).*"))
@Import({ SchemaRules.class, DatasetMessages.class, DatasetChoices.class })
class SampleProposalPageTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private DatasetDesigner designer;

	@BeforeEach
	void proposeWithTheRealInference() {
		SampleInference inference = new SampleInference(new DatasetProperties(1000));
		given(this.designer.workspaces(anyString())).willReturn(Map.of());
		given(this.designer.propose(any(), anyString()))
			.willAnswer((call) -> inference.propose(call.getArgument(0), call.getArgument(1)));
	}

	@Test
	void theProposalShowsTheDetectedSettingsAndAnExampleBesideEachType() throws Exception {
		byte[] export;
		try (InputStream in = getClass().getResourceAsStream("/samples/german-excel-export.csv")) {
			export = in.readAllBytes();
		}
		String page = this.mvc
			.perform(multipart("/datasets/proposal")
				.file(new MockMultipartFile("sample", "Rechnungen.csv", "text/csv", export))
				.with(DatasetControllerTests.user("ada"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("data-testid=\"proposal-encoding\">Windows-1252<",
				"data-testid=\"proposal-delimiter\">; (semicolon)<", "data-testid=\"proposal-decimal\">, (comma)<",
				"data-testid=\"proposal-dates\">ISO-8601 or d.M.uuuu<");
		assertThat(page.replaceAll("\\s+", " ")).contains(
				"<td class=\"text-break\">Betrag</td> <td>Decimal</td> <td class=\"font-monospace text-break\">1.234,56</td>",
				"<td class=\"text-break\">Rechnungsdatum</td> <td>DateTime</td>",
				"<td class=\"text-break\">Storniert</td> <td>Boolean</td> <td class=\"font-monospace text-break\">FALSCH</td>",
				"<td class=\"text-break\">Kunde</td> <td>String</td> <td class=\"font-monospace text-break\">Müller GmbH</td>");
	}

	@Test
	void theNoticeCountsTheProposedColumnsAsAPersonSaysThem() throws Exception {
		String one = propose("ids.csv", "Id\n1\n2\n");
		String three = propose("sales.csv", "Id,Name,Amount\n1,Ada,2.5\n");

		assertThat(one).contains("Proposed 1 column from ids.csv.");
		assertThat(three).contains("Proposed 3 columns from sales.csv.");
	}

	private String propose(String name, String csv) throws Exception {
		return this.mvc
			.perform(multipart("/datasets/proposal")
				.file(new MockMultipartFile("sample", name, "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.with(DatasetControllerTests.user("ada"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
