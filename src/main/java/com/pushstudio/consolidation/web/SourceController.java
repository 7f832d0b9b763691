package com.pushstudio.consolidation.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

import com.pushstudio.consolidation.SharePointSources;
import com.pushstudio.consolidation.SourceRefusedException;
import com.pushstudio.consolidation.SourceView;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A table's SharePoint source: its lists and history, watched live while it syncs; Sync
 * now, its schedule, and removing it. Every change posts and redirects back, so Back and
 * a second tab never repeat one.
 */
@Controller
class SourceController {

	/** How long before a scheduled sync the page starts watching for it. */
	private static final Duration DUE_WATCH = Duration.ofMinutes(2);

	/** How late a scheduled sync may start (the schedules are swept now and then). */
	private static final Duration DUE_SLACK = Duration.ofMinutes(1);

	private final SharePointSources sources;

	private final MessageSource messages;

	private final Clock clock;

	SourceController(SharePointSources sources, MessageSource messages, ObjectProvider<Clock> clocks) {
		this.sources = sources;
		this.messages = messages;
		this.clock = clocks.getIfUnique(Clock::systemUTC);
	}

	@GetMapping("/sources/{id}")
	String source(@PathVariable String id, Authentication user, Model model) {
		SourceView source = this.sources.view(user.getName(), id);
		model.addAttribute("source", source);
		model.addAttribute("zone", zone(source));
		model.addAttribute("dueSoon", dueSoon(source));
		// A refused change comes back as typed, in a flash attribute.
		if (!model.containsAttribute("schedule")) {
			model.addAttribute("schedule", ScheduleForm.of(source.schedule()));
		}
		return "sources/source";
	}

	/** What changes while a sync runs, polled by the page until it ends. */
	@GetMapping("/sources/{id}/status")
	String status(@PathVariable String id, Authentication user, Model model) {
		SourceView source = this.sources.view(user.getName(), id);
		model.addAttribute("source", source);
		model.addAttribute("zone", zone(source));
		model.addAttribute("dueSoon", dueSoon(source));
		return "sources/source :: status";
	}

	/**
	 * A second press (or a second tab) while a sync is queued or running adds none, and
	 * says so.
	 */
	@PostMapping("/sources/{id}/sync")
	String syncNow(@PathVariable String id, Authentication user, RedirectAttributes redirect, Locale locale) {
		// One question to the job engine: looking first and queuing after could let two
		// tabs both say queued.
		boolean queued = this.sources.trySyncNow(user.getName(), id);
		redirect.addFlashAttribute("notice", text(queued ? "source.sync.queued" : "source.sync.already", locale));
		return "redirect:/sources/" + id;
	}

	@PostMapping("/sources/{id}/schedule")
	String changeSchedule(@PathVariable String id, ScheduleForm form, Authentication user, RedirectAttributes redirect,
			Locale locale) {
		SourceView source = this.sources.view(user.getName(), id);
		Map<String, String> problems = form.problems();
		if (!problems.isEmpty()) {
			redirect.addFlashAttribute("scheduleProblems", problems);
			redirect.addFlashAttribute("schedule", form);
			return "redirect:/sources/" + id;
		}
		try {
			this.sources.changeSchedule(user.getName(), id, form.toSchedule(zone(source)));
			redirect.addFlashAttribute("notice", text("source.schedule.saved", locale));
		}
		catch (SourceRefusedException ex) {
			redirect.addFlashAttribute("scheduleRefused", ex.getMessage());
			redirect.addFlashAttribute("schedule", form);
		}
		return "redirect:/sources/" + id;
	}

	/** Removing says first that the rows stay in the table. */
	@GetMapping("/sources/{id}/remove")
	String confirmRemove(@PathVariable String id, Authentication user, Model model) {
		model.addAttribute("source", this.sources.view(user.getName(), id));
		return "sources/remove";
	}

	@PostMapping("/sources/{id}/remove")
	String remove(@PathVariable String id, Authentication user, RedirectAttributes redirect, Locale locale) {
		SourceView source = this.sources.view(user.getName(), id);
		this.sources.delete(user.getName(), id);
		redirect.addFlashAttribute("notice", this.messages.getMessage("source.removed",
				new Object[] { source.siteTitle(), source.tableName() }, locale));
		return "redirect:/datasets/" + source.datasetId();
	}

	/**
	 * A scheduled sync about to start: the page watches for it, so a person waiting for
	 * it sees it come. One long overdue is not coming (the app was down): no watching.
	 */
	private boolean dueSoon(SourceView source) {
		if (source.nextSync() == null) {
			return false;
		}
		Instant now = this.clock.instant();
		return !source.nextSync().isBefore(now.minus(DUE_SLACK)) && !source.nextSync().isAfter(now.plus(DUE_WATCH));
	}

	/** Times show in the zone the person's schedule was set in: their browser's. */
	private static ZoneId zone(SourceView source) {
		return (source.schedule() != null && source.schedule().zone() != null) ? source.schedule().zone()
				: ZoneId.of("UTC");
	}

	private String text(String code, Locale locale) {
		return this.messages.getMessage(code, null, locale);
	}

}
