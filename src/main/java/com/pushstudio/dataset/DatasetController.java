package com.pushstudio.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;

import com.pushstudio.powerbi.PowerBiException;

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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The designer's pages. Row edits (add, remove, move) post the whole form with the
 * button's action and re-render it, so nothing typed is lost; with JavaScript htmx sends
 * the same POST and swaps the form in place, without it the browser loads the page.
 * Changes to Power BI redirect with a flash message.
 */
@Controller
@RequestMapping("/datasets")
class DatasetController {

	private static final String FORM = "dataset/form";

	private static final String TABLE = "dataset/table";

	private final DatasetDesigner designer;

	private final SchemaRules rules;

	private final DatasetMessages messages;

	DatasetController(DatasetDesigner designer, SchemaRules rules, DatasetMessages messages) {
		this.designer = designer;
		this.rules = rules;
		this.messages = messages;
	}

	@GetMapping
	String list(Principal user, @RequestParam(name = "workspace", required = false) String workspace, Model model) {
		model.addAttribute("datasets", this.designer.datasets(user.getName(), workspace));
		model.addAttribute("shownWorkspace", workspace);
		model.addAttribute("workspaces", workspaceChoices(user, model));
		return "dataset/list";
	}

	/**
	 * Takes a push dataset made elsewhere into the record; its columns are stated next,
	 * on its page.
	 */
	@PostMapping("/adopt")
	String adopt(Principal user, @RequestParam String workspace, @RequestParam String datasetId,
			RedirectAttributes redirect) {
		try {
			redirect.addAttribute("id", this.designer.adopt(user.getName(), workspace, datasetId));
			redirect.addFlashAttribute("notice", this.messages.text("dataset.adopt.done"));
			return "redirect:/datasets/{id}";
		}
		catch (AdoptionRefusedException ex) {
			redirect.addFlashAttribute("problem", this.messages.text(ex.code()));
		}
		catch (PowerBiException ex) {
			redirect.addFlashAttribute("problem", this.messages.problem(ex));
		}
		redirect.addAttribute("workspace", workspace);
		return "redirect:/datasets";
	}

	@GetMapping("/new")
	String newDataset(Principal user, Model model) {
		return form(user, DatasetForm.blank(), model);
	}

	@PostMapping("/new")
	String design(Principal user, @ModelAttribute("dataset") DatasetForm form, BindingResult result,
			@RequestParam(name = "action", required = false) String action, Model model, RedirectAttributes redirect) {
		FormAction edit = FormAction.parse(action);
		if (!edit.is("create") && !edit.is("create-anyway")) {
			if (form.apply(edit)) {
				model.addAttribute("focus", EditFocus.after(edit, form));
			}
			return form(user, form, model);
		}
		this.rules.validate(form, result);
		if (result.hasErrors()) {
			model.addAttribute("problem", this.messages.text("dataset.invalid"));
			return form(user, form, model);
		}
		if (edit.is("create")
				&& !this.designer.sameNamed(user.getName(), form.getWorkspace(), form.getName()).isEmpty()) {
			model.addAttribute("duplicateName", form.getName().trim());
			return form(user, form, model);
		}
		try {
			redirect.addAttribute("id", this.designer.create(user.getName(), form));
			redirect.addFlashAttribute("notice", this.messages.text("dataset.created", form.getName()));
			return "redirect:/datasets/{id}";
		}
		catch (PowerBiException ex) {
			model.addAttribute("problem", this.messages.problem(ex));
			return form(user, form, model);
		}
	}

	@PostMapping("/proposal")
	String propose(Principal user, @RequestParam("sample") MultipartFile sample, Model model) throws IOException {
		try (InputStream csv = sample.getInputStream()) {
			SampleProposal proposal = this.designer.propose(csv, sample.getOriginalFilename());
			DatasetForm form = new DatasetForm();
			form.setName(proposal.table().getName());
			form.getTables().add(proposal.table());
			model.addAttribute("proposal", proposal);
			model.addAttribute("notice", this.messages.text("dataset.sample.proposed",
					proposal.table().getColumns().size(), sample.getOriginalFilename()));
			return form(user, form, model);
		}
		catch (SampleInference.SampleException ex) {
			model.addAttribute("sampleProblem", this.messages.text(ex.code(), ex.arguments()));
			return form(user, DatasetForm.blank(), model);
		}
	}

	@GetMapping("/{id}")
	String details(Principal user, @PathVariable String id, Model model) {
		model.addAttribute("dataset", this.designer.details(user.getName(), id));
		return "dataset/details";
	}

	@GetMapping("/{id}/delete")
	String confirmDelete(Principal user, @PathVariable String id, Model model) {
		model.addAttribute("dataset", this.designer.details(user.getName(), id));
		return "dataset/delete";
	}

	@PostMapping("/{id}/delete")
	String delete(Principal user, @PathVariable String id, RedirectAttributes redirect) {
		try {
			String name = this.designer.delete(user.getName(), id);
			redirect.addFlashAttribute("notice", this.messages.text("dataset.deleted", name));
			return "redirect:/datasets";
		}
		catch (PowerBiException ex) {
			redirect.addFlashAttribute("problem", this.messages.problem(ex));
			redirect.addAttribute("id", id);
			return "redirect:/datasets/{id}";
		}
	}

	@GetMapping("/{id}/tables/{tableName}")
	String editTable(Principal user, @PathVariable String id, @PathVariable String tableName, Model model) {
		model.addAttribute("tableForm", this.designer.tableForm(user.getName(), id, tableName));
		return table(id, this.designer.isStated(user.getName(), id, tableName), model);
	}

	/** Columns for the table proposed from a CSV sample, to check and save as usual. */
	@PostMapping("/{id}/tables/{tableName}/proposal")
	String proposeColumns(Principal user, @PathVariable String id, @PathVariable String tableName,
			@RequestParam("sample") MultipartFile sample, Model model) throws IOException {
		try (InputStream csv = sample.getInputStream()) {
			SampleProposal proposal = this.designer.proposeColumns(user.getName(), id, tableName, csv,
					sample.getOriginalFilename());
			model.addAttribute("tableForm", proposal.table());
			model.addAttribute("proposal", proposal);
			model.addAttribute("notice", this.messages.text("dataset.sample.proposed",
					proposal.table().getColumns().size(), sample.getOriginalFilename()));
		}
		catch (SampleInference.SampleException ex) {
			model.addAttribute("tableForm", this.designer.tableForm(user.getName(), id, tableName));
			model.addAttribute("sampleProblem", this.messages.text(ex.code(), ex.arguments()));
		}
		return table(id, this.designer.isStated(user.getName(), id, tableName), model);
	}

	@PostMapping("/{id}/tables/{tableName}")
	String changeTable(Principal user, @PathVariable String id, @PathVariable String tableName,
			@ModelAttribute("tableForm") TableForm form, BindingResult result,
			@RequestParam(name = "action", required = false) String action, Model model, RedirectAttributes redirect) {
		form.setName(tableName);
		boolean stated = this.designer.isStated(user.getName(), id, tableName);
		table(id, stated, model);
		FormAction edit = FormAction.parse(action);
		if (!edit.is("save") && !edit.is("save-confirmed")) {
			if (form.apply(edit.verb(), edit.row(1))) {
				model.addAttribute("focus", EditFocus.after(edit.verb(), edit.row(1), form, ""));
			}
			return TABLE;
		}
		this.rules.validate(form, result);
		if (result.hasErrors()) {
			return TABLE;
		}
		if (stated) {
			this.designer.stateTable(user.getName(), id, form.toTable());
			redirect.addFlashAttribute("notice", this.messages.text("dataset.table.statedSaved", tableName));
			redirect.addAttribute("id", id);
			return "redirect:/datasets/{id}";
		}
		SchemaCheck check = this.designer.check(user.getName(), id, form);
		if (check.needsConfirmation() && !edit.is("save-confirmed")) {
			model.addAttribute("check", check);
			return TABLE;
		}
		try {
			this.designer.changeTable(user.getName(), id, form);
			redirect.addFlashAttribute("notice", this.messages.text("dataset.table.changed", tableName));
			redirect.addAttribute("id", id);
			return "redirect:/datasets/{id}";
		}
		catch (PowerBiException ex) {
			model.addAttribute("problem", this.messages.problem(ex));
			return TABLE;
		}
	}

	@GetMapping("/{id}/tables/{tableName}/clear")
	String confirmClear(Principal user, @PathVariable String id, @PathVariable String tableName, Model model) {
		model.addAttribute("table", this.designer.table(user.getName(), id, tableName));
		model.addAttribute("datasetId", id);
		return "dataset/clear";
	}

	@PostMapping("/{id}/tables/{tableName}/clear")
	String clear(Principal user, @PathVariable String id, @PathVariable String tableName, RedirectAttributes redirect) {
		try {
			this.designer.clearRows(user.getName(), id, tableName);
			redirect.addFlashAttribute("notice", this.messages.text("dataset.table.cleared", tableName));
		}
		catch (PowerBiException ex) {
			redirect.addFlashAttribute("problem", this.messages.problem(ex));
		}
		redirect.addAttribute("id", id);
		return "redirect:/datasets/{id}";
	}

	/** Pages that only read from Power BI say what went wrong instead of failing. */
	@ExceptionHandler(PowerBiException.class)
	ModelAndView powerBiProblem(PowerBiException ex) {
		ModelAndView page = new ModelAndView("dataset/problem", HttpStatus.BAD_GATEWAY);
		page.addObject("problem", this.messages.problem(ex));
		return page;
	}

	private String form(Principal user, DatasetForm form, Model model) {
		model.addAttribute("workspaces", workspaceChoices(user, model));
		model.addAttribute("dataset", form);
		model.addAttribute("relationshipTables", form.tableChoices());
		model.addAttribute("relationshipColumns", form.columnChoices());
		return FORM;
	}

	private String table(String id, boolean stated, Model model) {
		model.addAttribute("datasetId", id);
		model.addAttribute("stated", stated);
		return TABLE;
	}

	private List<Choice> workspaceChoices(Principal user, Model model) {
		List<Choice> workspaces = new ArrayList<>(
				List.of(new Choice("me", this.messages.text("dataset.workspace.mine"))));
		try {
			this.designer.workspaces(user.getName()).forEach((id, name) -> workspaces.add(new Choice(id, name)));
		}
		catch (PowerBiException ex) {
			model.addAttribute("workspaceProblem", this.messages.problem(ex));
		}
		return workspaces;
	}

}
