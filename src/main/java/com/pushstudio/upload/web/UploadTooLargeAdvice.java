package com.pushstudio.upload.web;

import com.pushstudio.upload.UploadFiles;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A file over the multipart limit is refused while the request is read, before any
 * controller: say so in words rather than with the error page.
 */
@ControllerAdvice
class UploadTooLargeAdvice {

	private final UploadFiles files;

	UploadTooLargeAdvice(UploadFiles files) {
		this.files = files;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	@ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
	String tooLarge(Model model) {
		model.addAttribute("refused", this.files.tooBig().getMessage());
		return "upload/refused";
	}

}
