package com.pushstudio.upload;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.pushstudio.upload.UploadConfiguration.UploadClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Deletes the files no one is using, on a schedule
 * ({@code push-studio.upload.retention}): drafts never started and uploads left waiting
 * for their owner expire (and are cancelled), errors files go some days after their
 * upload ended, an ended upload's file that could not be deleted then goes now, and a
 * file no upload owns goes after a grace.
 */
@Component
class UploadFileCleanup {

	static final Set<JobState> WAITING = EnumSet.of(JobState.WAITING_FOR_CHOICE, JobState.PAUSED,
			JobState.NEEDS_DECISION);

	private static final Logger logger = LoggerFactory.getLogger(UploadFileCleanup.class);

	private final UploadJobRepository jobs;

	private final UploadFiles files;

	private final UploadProperties.Retention retention;

	private final UploadClock clock;

	UploadFileCleanup(UploadJobRepository jobs, UploadFiles files, UploadProperties properties, UploadClock clock) {
		this.jobs = jobs;
		this.files = files;
		this.retention = properties.retention();
		this.clock = clock;
	}

	/** What the schedule runs. */
	void cleanUp() {
		try {
			cleanUp(this.clock.clock().instant());
		}
		catch (RuntimeException ex) {
			logger.warn("Upload clean-up failed; the next one tries again", ex);
		}
	}

	/**
	 * @return the files deleted
	 */
	List<Path> cleanUp(Instant now) {
		List<Path> deleted = new ArrayList<>();
		expire(EnumSet.of(JobState.DRAFT), now.minus(this.retention.drafts()), "Expired: it was not started within "
				+ describe(this.retention.drafts()) + ", so its file was deleted. Upload the file again to push it.",
				deleted);
		expire(WAITING, now.minus(this.retention.waiting()), "Expired: it waited for you for "
				+ describe(this.retention.waiting()) + ", so its file was deleted. Rows sent before stay in the table.",
				deleted);
		for (UploadJob job : this.jobs.findByStateIn(UploadQuota.ENDED)) {
			delete(Path.of(job.filePath()), deleted);
		}
		Instant errorsBefore = now.minus(this.retention.errorsFiles());
		for (UploadJob job : this.jobs.findByStateInAndFinishedAtBefore(UploadQuota.ENDED, errorsBefore)) {
			delete(this.files.errorsCsv(job.id()), deleted);
		}
		deleteOrphans(now.minus(this.retention.orphans()), deleted);
		if (!deleted.isEmpty()) {
			logger.info("Upload clean-up deleted {} files", deleted.size());
		}
		return deleted;
	}

	private void expire(Set<JobState> states, Instant changedBefore, String message, List<Path> deleted) {
		for (UploadJob candidate : this.jobs.findByStateInAndUpdatedAtBefore(states, changedBefore)) {
			// Jobs waiting for their owner: no run picks them up. Only if it still stands
			// where it stood.
			this.jobs.findById(candidate.id())
				.filter((job) -> states.contains(job.state()) && job.updatedAtBefore(changedBefore))
				.ifPresent((job) -> {
					job.moveTo(JobState.CANCELLED, message, this.clock.clock().instant());
					try {
						this.jobs.save(job);
					}
					catch (OptimisticLockingFailureException ex) {
						// Its owner came back to it just now.
						return;
					}
					delete(Path.of(job.filePath()), deleted);
					delete(this.files.errorsCsv(job.id()), deleted);
				});
		}
	}

	/**
	 * Files whose upload is gone (or was never inserted): {@code {id}.csv} and
	 * {@code {id}-errors.csv} with no row for {@code id}.
	 */
	private void deleteOrphans(Instant writtenBefore, List<Path> deleted) {
		if (!Files.isDirectory(this.files.folder())) {
			return;
		}
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(this.files.folder())) {
			for (Path file : entries) {
				String id = idOf(file.getFileName().toString());
				if (id != null && !this.jobs.existsById(id)
						&& Files.getLastModifiedTime(file).toInstant().isBefore(writtenBefore)) {
					delete(file, deleted);
				}
			}
		}
		catch (IOException ex) {
			logger.warn("Could not look for orphaned upload files: {}", ex.toString());
		}
	}

	private static String idOf(String name) {
		if (name.endsWith(UploadFiles.ERRORS_SUFFIX)) {
			return name.substring(0, name.length() - UploadFiles.ERRORS_SUFFIX.length());
		}
		if (name.endsWith(UploadFiles.SUFFIX)) {
			return name.substring(0, name.length() - UploadFiles.SUFFIX.length());
		}
		return null;
	}

	private void delete(Path file, List<Path> deleted) {
		if (Files.exists(file)) {
			this.files.delete(file);
			if (!Files.exists(file)) {
				deleted.add(file);
			}
		}
	}

	/** "24 hours", "7 days", "90 minutes". */
	static String describe(Duration duration) {
		if (duration.toDays() > 0 && duration.equals(Duration.ofDays(duration.toDays()))) {
			return duration.toDays() + ((duration.toDays() == 1) ? " day" : " days");
		}
		if (duration.toHours() > 0 && duration.equals(Duration.ofHours(duration.toHours()))) {
			return duration.toHours() + ((duration.toHours() == 1) ? " hour" : " hours");
		}
		return duration.toMinutes() + " minutes";
	}

}
