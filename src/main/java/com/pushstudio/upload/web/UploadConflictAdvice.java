package com.pushstudio.upload.web;

import com.pushstudio.upload.UploadConflictException;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A choice that no longer applies (the job moved on, from Back or a second tab): show the
 * job as it is now, with what happened, on any upload page.
 */
@ControllerAdvice(assignableTypes = { UploadController.class, UploadListController.class })
class UploadConflictAdvice {

	@ExceptionHandler(UploadConflictException.class)
	String outdated(UploadConflictException ex, HttpServletRequest request) {
		RequestContextUtils.getOutputFlashMap(request).put("problem", ex.getMessage());
		String[] path = request.getRequestURI().substring(request.getContextPath().length()).split("/");
		return (path.length > 2 && "uploads".equals(path[1])) ? "redirect:/uploads/" + path[2] : "redirect:/uploads";
	}

}
