package com.pushstudio.upload;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * What one person's unfinished uploads may hold at once: every one keeps its file on the
 * server's disk until it ends. Checked before a file is stored; two uploads by the same
 * person at the same instant may pass it together, which bounds the excess to one file.
 */
@Component
class UploadQuota {

	static final Set<JobState> ENDED = EnumSet.of(JobState.DONE, JobState.CANCELLED, JobState.FAILED);

	private final UploadJobRepository jobs;

	private final UploadProperties.Quota quota;

	UploadQuota(UploadJobRepository jobs, UploadProperties properties) {
		this.jobs = jobs;
		this.quota = properties.quota();
	}

	void check(String owner, long newFileBytes) {
		long open = this.jobs.countByOwnerAndStateNotIn(owner, ENDED);
		if (open >= this.quota.jobs()) {
			throw new UploadRefusedException(String.format(
					"You have %,d uploads that are not finished, the most Push Studio keeps for one person. "
							+ "Start, finish or cancel one of them on the Uploads page, then upload this file again.",
					open));
		}
		long held = this.jobs.sumFileSizeOfOwnerNotIn(owner, ENDED);
		if (held + newFileBytes > this.quota.bytes().toBytes()) {
			throw new UploadRefusedException("Your unfinished uploads and this file would hold more than "
					+ UploadFiles.describe(this.quota.bytes())
					+ ", the most Push Studio keeps for one person. Finish or cancel an upload on the Uploads page, "
					+ "then upload this file again.");
		}
	}

}
