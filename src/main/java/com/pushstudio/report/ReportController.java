package com.pushstudio.report;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;

import com.pushstudio.powerbi.PowerBiException;
import com.pushstudio.powerbi.PowerBiNotFoundException;
import com.pushstudio.powerbi.Workspace;
import com.pushstudio.web.WebLinks;
import com.pushstudio.report.TemplateChoices.Place;
import com.pushstudio.report.TemplateChoices.TemplateChoice;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * "Create report" for a dataset: pick a template, name the report, choose the workspace;
 * then a link to the new report. Also marks reports as templates for the dataset's
 * schema. The dataset's workspace travels as {@code ?workspace=} ({@code me} by default).
 */
@Controller
@RequestMapping("/datasets/{datasetId}/reports")
class ReportController {

	private final TemplateChoices templates;

	private final TemplateCatalog catalog;

	private final ReportCreator creator;

	ReportController(TemplateChoices templates, TemplateCatalog catalog, ReportCreator creator) {
		this.templates = templates;
		this.catalog = catalog;
		this.creator = creator;
	}

	@GetMapping("/new")
	String form(@PathVariable String datasetId, @RequestParam(defaultValue = "me") String workspace,
			@RequestParam(required = false) String q, Principal user, Model model) {
		model.addAttribute("form", ReportForm.into(Workspace.of(workspace).idOrMe()));
		return page(user.getName(), datasetId, workspace, q, model);
	}

	@PostMapping
	String create(@PathVariable String datasetId, @RequestParam(defaultValue = "me") String workspace,
			@Valid @ModelAttribute("form") ReportForm form, BindingResult binding, Principal user, Model model,
			RedirectAttributes redirect) {
		String owner = user.getName();
		if (binding.hasErrors()) {
			return page(owner, datasetId, workspace, null, model);
		}
		DatasetSchema target = this.templates.schema(owner, Workspace.of(workspace), datasetId);
		List<Place> places = this.templates.places(owner);
		Optional<TemplateChoice> choice = this.templates.choices(owner, places, target, null)
			.stream()
			.filter((candidate) -> candidate.key().equals(form.template()))
			.findFirst();
		if (choice.isEmpty()) {
			model.addAttribute("refusal", new ReportRefusal(ReportRefusal.Reason.TEMPLATE_NOT_FOUND,
					form.template().substring(form.template().indexOf(':') + 1), null));
			return page(owner, datasetId, workspace, null, model);
		}
		if (!form.confirmedAnyway()) {
			Optional<SchemaComparison> comparison = this.templates.templateSchema(owner, choice.get())
				.map((schema) -> SchemaComparison.compare(schema, target));
			if (comparison.isPresent() && !comparison.get().matches()) {
				model.addAttribute("comparison", comparison.get());
				model.addAttribute("chosen", choice.get());
				return page(owner, datasetId, workspace, null, model);
			}
		}
		Workspace targetWorkspace = Workspace.of(form.target());
		String targetName = places.stream()
			.filter((place) -> place.value().equals(targetWorkspace.idOrMe()))
			.findFirst()
			.map((place) -> (place.name() != null) ? place.name() : "My workspace")
			.orElse(form.target());
		try {
			CreatedReport created = this.creator.create(owner,
					new ReportRequest(choice.get().workspace(), choice.get().report().id(),
							choice.get().report().name(), form.name().trim(), targetWorkspace, targetName, datasetId));
			redirect.addFlashAttribute("createdName", created.report().name());
			redirect.addFlashAttribute("createdId", created.report().id());
			redirect.addFlashAttribute("createdWorkspace", targetWorkspace.idOrMe());
			redirect.addFlashAttribute("createdRoute", created.route().name());
			redirect.addFlashAttribute("createdWebUrl", WebLinks.safeHttpLink(created.report().webUrl()));
			return "redirect:" + path(datasetId, workspace, "/created");
		}
		catch (ReportRefusal refusal) {
			model.addAttribute("refusal", refusal);
		}
		catch (PowerBiException ex) {
			model.addAttribute("powerBiProblem", ex.userMessage());
		}
		return page(owner, datasetId, workspace, null, model);
	}

	@GetMapping("/created")
	String created(@PathVariable String datasetId, @RequestParam(defaultValue = "me") String workspace, Model model) {
		if (!model.containsAttribute("createdId")) {
			return "redirect:" + path(datasetId, workspace, "/new");
		}
		model.addAttribute("datasetId", datasetId);
		model.addAttribute("workspace", workspace);
		return "report/created";
	}

	@PostMapping("/templates")
	String mark(@PathVariable String datasetId, @RequestParam(defaultValue = "me") String workspace,
			@RequestParam String reportId, @RequestParam String reportWorkspace, @RequestParam String reportName,
			Principal user, RedirectAttributes redirect) {
		DatasetSchema schema = this.templates.schema(user.getName(), Workspace.of(workspace), datasetId);
		this.catalog.mark(user.getName(), Workspace.of(reportWorkspace), reportId, reportName, schema);
		redirect.addFlashAttribute("marked", reportName);
		return "redirect:" + path(datasetId, workspace, "/new");
	}

	@PostMapping("/templates/{templateId}/delete")
	String unmark(@PathVariable String datasetId, @PathVariable long templateId,
			@RequestParam(defaultValue = "me") String workspace, Principal user, RedirectAttributes redirect) {
		if (!this.catalog.unmark(user.getName(), templateId)) {
			throw new TemplateNotFound();
		}
		redirect.addFlashAttribute("unmarked", true);
		return "redirect:" + path(datasetId, workspace, "/new");
	}

	/** The dataset (or template mark) does not exist, or is another user's. */
	@ExceptionHandler({ PowerBiNotFoundException.class, TemplateNotFound.class })
	ModelAndView notFound() {
		return new ModelAndView("error", Map.of("status", 404), HttpStatus.NOT_FOUND);
	}

	private String page(String owner, String datasetId, String workspace, String query, Model model) {
		DatasetSchema schema = this.templates.schema(owner, Workspace.of(workspace), datasetId);
		List<Place> places = this.templates.places(owner);
		model.addAttribute("datasetId", datasetId);
		model.addAttribute("workspace", workspace);
		model.addAttribute("query", query);
		model.addAttribute("schema", schema);
		model.addAttribute("places", places);
		model.addAttribute("choices", this.templates.choices(owner, places, schema, query));
		return "report/new";
	}

	private static String path(String datasetId, String workspace, String suffix) {
		return UriComponentsBuilder.fromPath("/datasets/{datasetId}/reports" + suffix)
			.queryParam("workspace", workspace)
			.buildAndExpand(datasetId)
			.encode()
			.toUriString();
	}

	static class TemplateNotFound extends RuntimeException {

	}

}
