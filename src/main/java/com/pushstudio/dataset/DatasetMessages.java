package com.pushstudio.dataset;

import java.util.Locale;

import com.pushstudio.powerbi.NotPushDatasetException;
import com.pushstudio.powerbi.PowerBiException;
import com.pushstudio.powerbi.PowerBiNotFoundException;
import com.pushstudio.powerbi.PowerBiPermissionException;
import com.pushstudio.powerbi.PowerBiThrottledException;
import com.pushstudio.powerbi.PowerBiUnavailableException;
import com.pushstudio.powerbi.PushDatasetsRetiredException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Page texts of the designer, and what to tell the user when Power BI refuses: which
 * permission is missing, when to retry, that push datasets can no longer be created.
 */
@Component
class DatasetMessages {

	private final MessageSource messages;

	DatasetMessages(MessageSource messages) {
		this.messages = messages;
	}

	String text(String code, Object... args) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage(code, args, code, locale);
	}

	String problem(PowerBiException ex) {
		if (ex instanceof PowerBiPermissionException permission) {
			return text("dataset.problem.permission", permission.requiredScope());
		}
		if (ex instanceof PowerBiThrottledException throttled) {
			return (throttled.retryAfter() != null)
					? text("dataset.problem.throttledFor", throttled.retryAfter().toSeconds())
					: text("dataset.problem.throttled");
		}
		if (ex instanceof PushDatasetsRetiredException) {
			return text("dataset.problem.retired");
		}
		if (ex instanceof NotPushDatasetException) {
			return text("dataset.problem.notPush");
		}
		if (ex instanceof PowerBiNotFoundException) {
			return text("dataset.problem.notFound");
		}
		if (ex instanceof PowerBiUnavailableException unavailable) {
			return text(
					unavailable.mayHaveBeenApplied() ? "dataset.problem.unanswered" : "dataset.problem.unreachable");
		}
		String reference = (ex.requestId() != null) ? ex.requestId() : "-";
		return text("dataset.problem.other", ex.userMessage(), reference);
	}

}
