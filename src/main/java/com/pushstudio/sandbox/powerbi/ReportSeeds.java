package com.pushstudio.sandbox.powerbi;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each sandbox user's template reports, created on their first report call: a "Sales
 * template" push dataset with a few rows in "Sales (sandbox)", and three reports on it,
 * one for each answer Clone gives: copied, refused for lack of Write, refused onto
 * another dataset (so the client rebinds instead).
 */
@Component
class ReportSeeds {

	static final String TEMPLATE_WORKSPACE = "Sales (sandbox)";

	static final String TEMPLATE_DATASET = "Sales template";

	static final String TEMPLATE = "Sales overview (template)";

	static final String READ_ONLY_TEMPLATE = "Sales overview (read-only)";

	static final String CLONE_REFUSING_TEMPLATE = "Sales overview (rebind only)";

	private static final String SCHEMA = """
			{"tables":[{"name":"Sales","columns":[{"name":"Date","dataType":"DateTime"},\
			{"name":"Region","dataType":"String"},{"name":"Amount","dataType":"Double"}]}],"relationships":[]}""";

	private static final List<String> ROWS = List.of(
			"{\"Date\":\"2025-01-06T00:00:00Z\",\"Region\":\"North\",\"Amount\":1200.5}",
			"{\"Date\":\"2025-01-07T00:00:00Z\",\"Region\":\"South\",\"Amount\":830.0}",
			"{\"Date\":\"2025-01-08T00:00:00Z\",\"Region\":\"North\",\"Amount\":410.25}",
			"{\"Date\":\"2025-01-09T00:00:00Z\",\"Region\":\"West\",\"Amount\":975.0}");

	private final WorkspaceDirectory workspaces;

	private final DatasetRepository datasets;

	private final SandboxReportRepository reports;

	private final RowStore rows;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Set<String> seeded = ConcurrentHashMap.newKeySet();

	ReportSeeds(WorkspaceDirectory workspaces, DatasetRepository datasets, SandboxReportRepository reports,
			RowStore rows, TransactionTemplate transactions, SandboxClock clock) {
		this.workspaces = workspaces;
		this.datasets = datasets;
		this.reports = reports;
		this.rows = rows;
		this.transactions = new TransactionTemplate(transactions.getTransactionManager());
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock.clock();
	}

	synchronized void seed(SandboxCaller caller) {
		if (this.seeded.contains(caller.oid())) {
			return;
		}
		List<SandboxWorkspace> groups = this.workspaces.groups(caller);
		this.transactions.executeWithoutResult((status) -> {
			if (!this.reports.existsByOwnerOidAndSeededTrue(caller.oid())) {
				groups.stream()
					.filter((group) -> group.name().equals(TEMPLATE_WORKSPACE))
					.findFirst()
					.ifPresent((workspace) -> create(caller, workspace));
			}
		});
		this.seeded.add(caller.oid());
	}

	private void create(SandboxCaller caller, SandboxWorkspace workspace) {
		var dataset = this.datasets.save(new SandboxDataset(UUID.randomUUID().toString(), workspace, TEMPLATE_DATASET,
				"Push", "None", true, caller.upn(), this.clock.instant(), SCHEMA));
		this.rows.append(dataset.id(), "Sales", ROWS, null);
		report(workspace, TEMPLATE, dataset, true, false);
		report(workspace, READ_ONLY_TEMPLATE, dataset, false, false);
		report(workspace, CLONE_REFUSING_TEMPLATE, dataset, true, true);
	}

	private void report(SandboxWorkspace workspace, String name, SandboxDataset dataset, boolean writable,
			boolean cloneOntoModelRefused) {
		this.reports.save(new SandboxReport(UUID.randomUUID().toString(), workspace, name, dataset.id(), writable,
				cloneOntoModelRefused, true, this.clock.instant()));
	}

}
