package com.pushstudio.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.UUID;

import com.pushstudio.csv.CellError;
import com.pushstudio.csv.CsvOptions;
import com.pushstudio.csv.CsvOptionsDetector;
import com.pushstudio.csv.TableColumn;
import com.pushstudio.dataset.RecordedDataset;
import com.pushstudio.dataset.RecordedTable;
import com.pushstudio.dataset.SchemaOfRecord;
import com.pushstudio.powerbi.PowerBiClient;
import com.pushstudio.powerbi.Workspace;
import com.pushstudio.upload.UploadConfiguration.UploadClock;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/**
 * What the upload pages do with jobs: make one from a file, set its options and mapping,
 * submit it, and the user's choices along the way. Only the owner sees a job.
 */
@Service
public class UploadJobs {

	private static final String MOVED_ON = "This upload moved on since the page was shown, so that choice no longer "
			+ "applies. Here is where it stands now.";

	private final UploadJobRepository jobs;

	private final AcknowledgedBatchRepository batches;

	private final UploadFiles files;

	private final PowerBiClient powerBi;

	private final SchemaOfRecord schemas;

	private final CsvPipeline pipeline;

	private final DatasetQueue queue;

	private final TransactionTemplate transactions;

	private final JobSettingsJson json;

	private final UploadProperties properties;

	private final UploadClock clock;

	private final UploadQuota quota;

	UploadJobs(UploadJobRepository jobs, AcknowledgedBatchRepository batches, UploadFiles files, PowerBiClient powerBi,
			SchemaOfRecord schemas, CsvPipeline pipeline, DatasetQueue queue, JobSettingsJson json,
			UploadProperties properties, UploadClock clock, UploadQuota quota, TransactionTemplate transactions) {
		this.quota = quota;
		this.transactions = transactions;
		this.jobs = jobs;
		this.batches = batches;
		this.files = files;
		this.powerBi = powerBi;
		this.schemas = schemas;
		this.pipeline = pipeline;
		this.queue = queue;
		this.json = json;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * The table an upload goes into, from the schema of record: Power BI's Get Tables
	 * does not tell columns.
	 * @throws UploadNotFoundException when the user keeps no record of that table there
	 */
	public UploadTarget target(String owner, String workspace, String datasetId, String tableName) {
		RecordedDataset dataset = recordedDataset(owner, workspace, datasetId);
		RecordedTable table = recordedTable(dataset, tableName);
		return new UploadTarget(dataset.name(), table.name(), table.columnsKnown());
	}

	/**
	 * Stores the file and makes a draft job with detected options. The job's row goes in
	 * first: a failure after it removes both, and one before it leaves no file behind.
	 */
	public String create(String owner, String workspace, String datasetId, String tableName, MultipartFile file) {
		return create(owner, workspace, datasetId, tableName, file, ZoneOffset.UTC);
	}

	/**
	 * As {@link #create(String, String, String, String, MultipartFile)}, reading
	 * date-times without an offset in {@code zone}: the person's own, as their browser
	 * names it.
	 */
	public String create(String owner, String workspace, String datasetId, String tableName, MultipartFile file,
			ZoneId zone) {
		RecordedTable table = recordedTable(recordedDataset(owner, workspace, datasetId), tableName);
		if (!table.columnsKnown()) {
			throw new UploadRefusedException("The columns of table " + table.name()
					+ " are not stated yet, and Power BI does not tell them. State them on the dataset's page first.");
		}
		List<TableColumn> columns = table.columns()
			.stream()
			.filter((column) -> column.dataType() != null)
			.map((column) -> new TableColumn(column.name(), column.dataType()))
			.toList();
		String name = this.files.check(file);
		this.quota.check(owner, file.getSize());
		String id = UUID.randomUUID().toString();
		Path stored = this.files.pathOf(id);
		var limits = this.properties.limits();
		JobSettings settings = new JobSettings(FileOptions.of(CsvOptions.defaults()), List.of(), columns,
				limits.rowsPerPost(), (int) limits.bytesPerPost().toBytes());
		Workspace where = Workspace.of(workspace);
		UploadJob job = this.jobs.save(new UploadJob(id, owner, where.groupId(), datasetId, table.name(), name,
				stored.toString(), file.getSize(), this.json.write(settings), now()));
		try {
			this.files.store(stored, file);
			CsvOptions detected;
			try (var in = Files.newInputStream(stored)) {
				detected = CsvOptionsDetector.detect(in);
			}
			detected = detected.withDateTime(detected.dateTimePattern(), zone);
			job.settings(this.json.write(settings.with(FileOptions.of(detected), List.of())), now());
			this.jobs.save(job);
		}
		catch (IOException | RuntimeException ex) {
			this.files.delete(stored);
			this.jobs.deleteById(id);
			throw (ex instanceof RuntimeException runtime) ? runtime : new UncheckedIOException((IOException) ex);
		}
		return id;
	}

	/**
	 * Makes a draft job from a file another feature wrote, such as the rows of a
	 * SharePoint sync, read with the given options and mapped to the table's columns by
	 * name. The file is moved into the upload folder, as an uploaded one is stored there;
	 * on failure it is deleted and no job stays.
	 */
	public String createFromFile(String owner, String workspace, String datasetId, String tableName, Path file,
			String displayName, CsvOptions options) {
		try {
			RecordedTable table = recordedTable(recordedDataset(owner, workspace, datasetId), tableName);
			if (!table.columnsKnown()) {
				throw new UploadRefusedException("The columns of table " + table.name()
						+ " are not stated yet, and Power BI does not tell them. State them on the dataset's page first.");
			}
			List<TableColumn> columns = table.columns()
				.stream()
				.filter((column) -> column.dataType() != null)
				.map((column) -> new TableColumn(column.name(), column.dataType()))
				.toList();
			long size = Files.size(file);
			if (size > this.properties.maxFileSize().toBytes()) {
				throw this.files.tooBig();
			}
			this.quota.check(owner, size);
			String id = UUID.randomUUID().toString();
			Path stored = this.files.pathOf(id);
			var limits = this.properties.limits();
			JobSettings settings = new JobSettings(FileOptions.of(options), List.of(), columns, limits.rowsPerPost(),
					(int) limits.bytesPerPost().toBytes());
			this.files.moveIn(file, stored);
			try {
				this.jobs.save(new UploadJob(id, owner, Workspace.of(workspace).groupId(), datasetId, table.name(),
						displayName, stored.toString(), size, this.json.write(settings), now()));
			}
			catch (RuntimeException ex) {
				this.files.delete(stored);
				throw ex;
			}
			return id;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			this.files.delete(file);
		}
	}

	/** Where the owner's job stands, {@link JobOutcome#GONE} when there is none. */
	public JobOutcome outcome(String owner, String id) {
		return this.jobs.findByIdAndOwner(id, owner).map((job) -> JobOutcome.of(job.state())).orElse(JobOutcome.GONE);
	}

	public UploadJob find(String owner, String id) {
		return this.jobs.findByIdAndOwner(id, owner)
			.orElseThrow(() -> new UploadNotFoundException("No upload " + id + " of yours"));
	}

	public List<ProgressView> list(String owner) {
		return this.jobs.findByOwnerOrderByCreatedAtDesc(owner)
			.stream()
			.map((job) -> progress(job, List.of()))
			.toList();
	}

	public MappingView mapping(String owner, String id) {
		UploadJob job = find(owner, id);
		JobSettings settings = this.json.read(job);
		return MappingView.of(job, settings, this.pipeline);
	}

	/** Saves the options and mapping of a draft; refuses options that cannot be read. */
	public void update(String owner, String id, FileOptions options, List<String> targets) {
		UploadJob job = draft(owner, id);
		options.toCsvOptions();
		JobSettings settings = this.json.read(job);
		boolean sameColumns = options.header() == settings.options().header()
				&& Objects.equals(options.delimiter(), settings.options().delimiter());
		job.settings(this.json.write(settings.with(options, sameColumns ? targets : List.of())), now());
		saveUnlessMovedOn(job);
	}

	/** Hands the draft to a worker: check the whole file, then push. */
	public void submit(String owner, String id, boolean replaceRows) {
		UploadJob job = draft(owner, id);
		job.choose(replaceRows, false);
		job.moveTo(JobState.QUEUED, null, now());
		saveUnlessMovedOn(job);
		this.queue.enqueue(job.datasetId());
	}

	public void pushValidRows(String owner, String id) {
		change(owner, id, JobState.WAITING_FOR_CHOICE, (job) -> {
			job.choose(job.replaceRows(), true);
			job.moveTo(JobState.QUEUED, null, now());
		});
	}

	public void resume(String owner, String id) {
		change(owner, id, JobState.PAUSED, (job) -> job.moveTo(JobState.QUEUED, null, now()));
	}

	/** Delete the table's rows and push the whole file again. */
	public void pushAgainFromScratch(String owner, String id) {
		change(owner, id, JobState.NEEDS_DECISION, (job) -> {
			this.batches.deleteByJob(job.id());
			job.choose(true, job.validRowsOnly());
			job.restart(now());
		});
	}

	/** Count the uncertain batches as sent, take the table as it is, and go on. */
	public void acceptAsIs(String owner, String id) {
		UploadJob asShown = find(owner, id);
		OptionalLong count = OptionalLong.empty();
		if (asShown.state() == JobState.NEEDS_DECISION) {
			try {
				count = this.powerBi.rowCount(owner, Workspace.of(asShown.workspaceId()), asShown.datasetId(),
						asShown.tableName());
			}
			catch (RuntimeException ex) {
				// Unknown: a later lost answer stops the job again rather than guess.
			}
		}
		OptionalLong tableRows = count;
		change(owner, id, JobState.NEEDS_DECISION, (job) -> {
			int rows = 0;
			for (AcknowledgedBatch record : this.batches.findByJobIdOrderByBatchIndex(job.id())) {
				if (record.inFlight()) {
					record.acknowledge(AcknowledgedBatch.How.ACCEPTED, now());
					this.batches.save(record);
					rows += record.rowCount();
				}
			}
			job.accepted(rows, now());
			job.rebaseTableRows(tableRows.isPresent() ? tableRows.getAsLong() : null, now());
			job.moveTo(JobState.QUEUED, null, now());
		});
	}

	/**
	 * Discards an upload that has sent nothing: a draft, or one whose check found errors
	 * and waits for a choice. A pushing upload is never discarded from a stale page; it
	 * is cancelled on its progress page, where what was sent is said.
	 */
	public void discard(String owner, String id) {
		UploadJob job = find(owner, id);
		if (job.state() != JobState.DRAFT && job.state() != JobState.WAITING_FOR_CHOICE) {
			throw new UploadConflictException(
					"This upload is past choosing its options; cancel it on its progress page if you must.");
		}
		cancel(owner, id);
	}

	/**
	 * Removes an ended upload from the person's list: its record, its batches' records
	 * and what is left of its files. The rows it sent stay in Power BI. An upload that
	 * has not ended is cancelled or discarded first, where what becomes of its rows is
	 * said.
	 */
	public void remove(String owner, String id) {
		UploadJob job = find(owner, id);
		if (!job.state().finished()) {
			throw new UploadConflictException(
					"This upload has not ended: cancel or discard it first, then remove it from the list.");
		}
		this.files.delete(this.files.errorsCsv(job.id()));
		if (job.filePath() != null) {
			this.files.delete(job.filePath());
		}
		// Its batch records go with it (on delete cascade).
		this.jobs.delete(job);
	}

	/**
	 * The names of the datasets of these uploads, by id, as the person's records keep
	 * them.
	 */
	public Map<String, String> datasetNames(String owner, List<ProgressView> jobs) {
		Map<String, String> names = new HashMap<>();
		for (ProgressView job : jobs) {
			names.computeIfAbsent(job.datasetId(),
					(datasetId) -> this.schemas.dataset(owner, datasetId).map(RecordedDataset::name).orElse(datasetId));
		}
		return names;
	}

	/**
	 * Takes an upload whose check found errors back to its options, so that a wrong
	 * decimal separator, date format or encoding is corrected without uploading again.
	 */
	public void reopen(String owner, String id) {
		change(owner, id, JobState.WAITING_FOR_CHOICE, (job) -> {
			this.files.delete(this.files.errorsCsv(job.id()));
			job.reopen(now());
		});
	}

	/** The limits the pacer keeps, for a waiting job's sentence. */
	public LimitsText limitsText() {
		return LimitsText.of(this.properties.limits());
	}

	/** Whether the options and mapping of the upload can still be changed. */
	public boolean isDraft(String owner, String id) {
		return find(owner, id).state() == JobState.DRAFT;
	}

	/**
	 * A job that no run picks up is cancelled here; a runnable one is asked to stop, and
	 * the run holding it, on whichever instance, ends it between two steps (a request on
	 * its way is answered first).
	 */
	public void cancel(String owner, String id) {
		UploadJob job = find(owner, id);
		if (JobState.RUNNABLE.contains(job.state())) {
			this.jobs.requestCancel(id);
			this.queue.wake(job.datasetId());
		}
		else if (job.state().cancellable() || job.state() == JobState.DRAFT) {
			job.moveTo(JobState.CANCELLED, JobProgress.CANCELLED, now());
			saveUnlessMovedOn(job);
			this.files.delete(job.filePath());
		}
	}

	public ProgressView progress(String owner, String id) {
		return progressPage(owner, id).job();
	}

	/**
	 * What the progress page shows, from one read of the job and, while it waits for a
	 * choice, one of its errors file.
	 */
	public ProgressPage progressPage(String owner, String id) {
		UploadJob job = find(owner, id);
		ErrorGroups errors = (job.state() == JobState.WAITING_FOR_CHOICE)
				? ErrorGroups.read(this.files.errorsCsv(job.id()), this.properties.errorsKept(), job.errorCount())
				: ErrorGroups.NONE;
		return new ProgressPage(progress(job, errors.first()), errors,
				job.cancelRequested() && JobState.RUNNABLE.contains(job.state()));
	}

	/**
	 * @param cancelling cancelled, but still winding down: the page says so at once
	 * instead of showing the state the worker has not yet left
	 */
	public record ProgressPage(ProgressView job, ErrorGroups errorGroups, boolean cancelling) {
	}

	public Path errorsCsv(String owner, String id) {
		Path errors = this.files.errorsCsv(find(owner, id).id());
		if (!Files.exists(errors)) {
			throw new UploadNotFoundException("No errors file for upload " + id);
		}
		return errors;
	}

	/**
	 * The rows the check refused, to fix and upload again: only while the upload waits
	 * for a choice, since its file is deleted once it ends.
	 */
	public RejectedRowsDownload rejectedRows(String owner, String id) {
		UploadJob job = find(owner, id);
		if (job.state() != JobState.WAITING_FOR_CHOICE || !Files.exists(Path.of(job.filePath()))) {
			throw new UploadConflictException("The rejected rows can be downloaded while the upload waits for your "
					+ "choice; once it ends its file is deleted.");
		}
		JobSettings settings = this.json.read(job);
		return new RejectedRowsDownload(Path.of(job.filePath()), settings.options().toCsvOptions(),
				new FileCheck(this.pipeline, this.files).mapping(job, settings), this.properties.csvLimits(),
				RejectedRowsDownload.nameFor(job.fileName()));
	}

	private ProgressView progress(UploadJob job, List<CellError> firstErrors) {
		Instant now = now();
		Instant rateSince = ProgressView.currentRateSince(job, now);
		long recentRows = (rateSince != null) ? this.batches.rowsAcknowledgedSince(job.id(), rateSince) : 0;
		return ProgressView.of(job, now, ZoneId.systemDefault(), firstErrors, recentRows);
	}

	private RecordedDataset recordedDataset(String owner, String workspace, String datasetId) {
		return this.schemas.dataset(owner, datasetId)
			.filter((recorded) -> recorded.workspace().equals(Workspace.of(workspace)))
			.orElseThrow(() -> new UploadNotFoundException("No dataset " + datasetId + " of yours"));
	}

	private static RecordedTable recordedTable(RecordedDataset dataset, String tableName) {
		return dataset.table(tableName)
			.orElseThrow(() -> new UploadNotFoundException("No table " + tableName + " in dataset " + dataset.id()));
	}

	private UploadJob draft(String owner, String id) {
		UploadJob job = find(owner, id);
		if (job.state() != JobState.DRAFT) {
			throw new UploadConflictException("This upload was started already: its options can no longer change.");
		}
		return job;
	}

	/**
	 * Changes a job that waits for its owner, which no run picks up, and hands it back to
	 * the engine if it became runnable.
	 */
	private void change(String owner, String id, JobState from, java.util.function.Consumer<UploadJob> change) {
		UploadJob job = find(owner, id);
		if (job.state() != from) {
			throw new UploadConflictException(JobState.RUNNABLE.contains(job.state())
					? "This upload is running right now; that choice applies only while it waits for you." : MOVED_ON);
		}
		// With the batch records it changes: all of it, or none when another tab won.
		this.transactions.executeWithoutResult((status) -> {
			change.accept(job);
			saveUnlessMovedOn(job);
		});
		if (JobState.RUNNABLE.contains(job.state())) {
			this.queue.enqueue(job.datasetId());
		}
	}

	/** Another tab or instance changed the job since it was read: theirs stands. */
	private void saveUnlessMovedOn(UploadJob job) {
		try {
			this.jobs.save(job);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new UploadConflictException(MOVED_ON);
		}
	}

	private Instant now() {
		return this.clock.clock().instant();
	}

}
