package com.pushstudio.upload.web;

import com.pushstudio.upload.ProgressView;
import com.pushstudio.upload.UploadJobs;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The person's list of uploads, and removing an ended one from it after saying what stays
 * (the rows it sent) and what goes (Push Studio's record of it).
 */
@Controller
class UploadListController {

	private final UploadJobs uploads;

	UploadListController(UploadJobs uploads) {
		this.uploads = uploads;
	}

	@GetMapping("/uploads")
	String list(Authentication user, Model model) {
		List<ProgressView> jobs = this.uploads.list(user.getName());
		model.addAttribute("jobs", jobs);
		model.addAttribute("datasetNames", this.uploads.datasetNames(user.getName(), jobs));
		return "upload/list";
	}

	/**
	 * An upload that has not ended shows itself instead: it is cancelled or discarded
	 * there.
	 */
	@GetMapping("/uploads/{id}/remove")
	String confirmRemove(@PathVariable String id, Authentication user, Model model) {
		ProgressView job = this.uploads.progress(user.getName(), id);
		if (!job.finished()) {
			return "redirect:/uploads/" + id;
		}
		model.addAttribute("job", job);
		return "upload/remove";
	}

	@PostMapping("/uploads/{id}/remove")
	String remove(@PathVariable String id, Authentication user, RedirectAttributes redirect) {
		ProgressView job = this.uploads.progress(user.getName(), id);
		this.uploads.remove(user.getName(), id);
		redirect.addFlashAttribute("notice", "Removed " + job.fileName() + " from your uploads.");
		return "redirect:/uploads";
	}

}
