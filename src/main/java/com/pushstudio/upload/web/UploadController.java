package com.pushstudio.upload.web;

import com.pushstudio.upload.RejectedRowsDownload;
import com.pushstudio.upload.TimeZoneChoices;
import com.pushstudio.upload.UploadJobs;
import com.pushstudio.upload.UploadRefusedException;
import com.pushstudio.upload.UploadTarget;

import java.nio.charset.StandardCharsets;

import com.pushstudio.powerbi.PowerBiException;
import com.pushstudio.powerbi.PowerBiNotFoundException;
import com.pushstudio.powerbi.PowerBiPermissionException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The upload pages: choose a file for a table, set options and mapping, watch the job.
 */
@Controller
class UploadController {

	static final String TABLE_PATH = "/workspaces/{workspace}/datasets/{datasetId}/tables/{table}/upload";

	private final UploadJobs uploads;

	UploadController(UploadJobs uploads) {
		this.uploads = uploads;
	}

	@GetMapping(TABLE_PATH)
	String chooseFile(@PathVariable String workspace, @PathVariable String datasetId, @PathVariable String table,
			Authentication user, Model model) {
		UploadTarget target = this.uploads.target(user.getName(), workspace, datasetId, table);
		model.addAttribute("workspace", workspace);
		model.addAttribute("datasetId", datasetId);
		model.addAttribute("table", target.tableName());
		model.addAttribute("target", target);
		return "upload/new";
	}

	@PostMapping(TABLE_PATH)
	String upload(@PathVariable String workspace, @PathVariable String datasetId, @PathVariable String table,
			@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String timeZone,
			Authentication user, RedirectAttributes redirect) {
		try {
			String id = this.uploads.create(user.getName(), workspace, datasetId, table, file,
					TimeZoneChoices.browserZone(timeZone));
			return "redirect:/uploads/" + id + "/mapping";
		}
		catch (UploadRefusedException ex) {
			redirect.addFlashAttribute("refused", ex.getMessage());
			return "redirect:" + TABLE_PATH.replace("{workspace}", workspace)
				.replace("{datasetId}", datasetId)
				.replace("{table}", table);
		}
	}

	/**
	 * Only a draft's options can change: a later visit (Back, a second tab) shows the
	 * job.
	 */
	@GetMapping("/uploads/{id}/mapping")
	String mapping(@PathVariable String id, Authentication user, Model model) {
		if (!this.uploads.isDraft(user.getName(), id)) {
			return "redirect:/uploads/" + id;
		}
		model.addAttribute("view", this.uploads.mapping(user.getName(), id));
		return "upload/mapping";
	}

	@PostMapping("/uploads/{id}/mapping")
	String saveMapping(@PathVariable String id, MappingForm form, Authentication user, RedirectAttributes redirect) {
		try {
			this.uploads.update(user.getName(), id, form.options(), form.targetList());
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
			return "redirect:/uploads/" + id + "/mapping";
		}
		if (!form.start()) {
			return "redirect:/uploads/" + id + "/mapping";
		}
		this.uploads.submit(user.getName(), id, form.replaceRows());
		return "redirect:/uploads/" + id;
	}

	@GetMapping("/uploads/{id}")
	String progress(@PathVariable String id, Authentication user, Model model) {
		addProgress(id, user, model);
		return "upload/progress";
	}

	@GetMapping("/uploads/{id}/progress")
	String progressFragment(@PathVariable String id, Authentication user, Model model) {
		addProgress(id, user, model);
		return "upload/progress :: status";
	}

	private void addProgress(String id, Authentication user, Model model) {
		model.addAttribute("limits", this.uploads.limitsText());
		UploadJobs.ProgressPage page = this.uploads.progressPage(user.getName(), id);
		model.addAttribute("cancelling", page.cancelling());
		model.addAttribute("job", page.job());
		model.addAttribute("errorGroups", page.errorGroups());
	}

	@GetMapping("/uploads/{id}/errors.csv")
	ResponseEntity<FileSystemResource> errors(@PathVariable String id, Authentication user) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv"))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"upload-errors.csv\"")
			.body(new FileSystemResource(this.uploads.errorsCsv(user.getName(), id)));
	}

	/** The refused rows as they are in the file, with a reason column, streamed. */
	@GetMapping("/uploads/{id}/rejected-rows.csv")
	ResponseEntity<StreamingResponseBody> rejectedRows(@PathVariable String id, Authentication user) {
		RejectedRowsDownload rejected = this.uploads.rejectedRows(user.getName(), id);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", rejected.options().charset()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(rejected.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(rejected::writeTo);
	}

	@PostMapping("/uploads/{id}/push-valid-rows")
	String pushValidRows(@PathVariable String id, Authentication user) {
		this.uploads.pushValidRows(user.getName(), id);
		return "redirect:/uploads/" + id;
	}

	@PostMapping("/uploads/{id}/resume")
	String resume(@PathVariable String id, Authentication user) {
		this.uploads.resume(user.getName(), id);
		return "redirect:/uploads/" + id;
	}

	@PostMapping("/uploads/{id}/push-again")
	String pushAgain(@PathVariable String id, Authentication user) {
		this.uploads.pushAgainFromScratch(user.getName(), id);
		return "redirect:/uploads/" + id;
	}

	@PostMapping("/uploads/{id}/accept")
	String accept(@PathVariable String id, Authentication user) {
		this.uploads.acceptAsIs(user.getName(), id);
		return "redirect:/uploads/" + id;
	}

	@PostMapping("/uploads/{id}/reopen")
	String reopen(@PathVariable String id, Authentication user) {
		this.uploads.reopen(user.getName(), id);
		return "redirect:/uploads/" + id + "/mapping";
	}

	@PostMapping("/uploads/{id}/discard")
	String discard(@PathVariable String id, Authentication user, RedirectAttributes redirect) {
		this.uploads.discard(user.getName(), id);
		redirect.addFlashAttribute("notice", "The upload was discarded; nothing was sent.");
		return "redirect:/uploads";
	}

	/**
	 * Cancelling cannot be undone and keeps what was sent: the page says so before it is
	 * done. An upload that can no longer be cancelled shows itself instead.
	 */
	@GetMapping("/uploads/{id}/cancel")
	String confirmCancel(@PathVariable String id, Authentication user, Model model) {
		UploadJobs.ProgressPage page = this.uploads.progressPage(user.getName(), id);
		if (!page.job().cancellable() || page.cancelling()) {
			return "redirect:/uploads/" + id;
		}
		model.addAttribute("job", page.job());
		return "upload/cancel";
	}

	@PostMapping("/uploads/{id}/cancel")
	String cancel(@PathVariable String id, Authentication user) {
		this.uploads.cancel(user.getName(), id);
		return "redirect:/uploads/" + id;
	}

	/**
	 * A dataset or table that Power BI does not show this user is not found, as anyone
	 * else's upload is not.
	 */
	@ExceptionHandler({ PowerBiNotFoundException.class, PowerBiPermissionException.class })
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(PowerBiException ex, Model model) {
		model.addAttribute("status", HttpStatus.NOT_FOUND.value());
		return "error";
	}

}
