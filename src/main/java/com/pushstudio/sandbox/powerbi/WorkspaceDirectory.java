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
 * Each sandbox user's workspaces, created on their first call: "My workspace" and two
 * demo workspaces. Demo workspaces are per user (not shared), so no user ever sees
 * another user's datasets. "Sales (sandbox)" holds a non-push dataset to exercise that
 * refusal.
 */
@Component
class WorkspaceDirectory {

	static final List<String> DEMO_WORKSPACES = List.of("Sales (sandbox)", "Operations (sandbox)");

	static final String NON_PUSH_DATASET = "Sales history (imported)";

	private static final String NON_PUSH_SCHEMA = """
			{"tables":[{"name":"Sales","columns":[{"name":"Region","dataType":"String"},\
			{"name":"Amount","dataType":"Double"}]}],"relationships":[]}""";

	private final WorkspaceRepository workspaces;

	private final DatasetRepository datasets;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Set<String> seeded = ConcurrentHashMap.newKeySet();

	private final List<String> servicePrincipalWorkspaces;

	WorkspaceDirectory(WorkspaceRepository workspaces, DatasetRepository datasets, TransactionTemplate transactions,
			SandboxClock clock, SandboxPowerBiProperties properties) {
		this.servicePrincipalWorkspaces = properties.servicePrincipalWorkspaces();
		this.workspaces = workspaces;
		this.datasets = datasets;
		// Seeding commits on its own: a caller's transaction that fails must not undo it.
		this.transactions = new TransactionTemplate(transactions.getTransactionManager());
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock.clock();
	}

	List<SandboxWorkspace> groups(SandboxCaller caller) {
		seed(caller);
		return this.workspaces.findByOwnerOidAndPersonalFalseOrderByName(caller.oid());
	}

	/**
	 * The workspace of a path: "My workspace" without a group id; 404 for a foreign id.
	 */
	SandboxWorkspace workspace(SandboxCaller caller, String groupId) {
		seed(caller);
		if (groupId == null && caller.app()) {
			throw PowerBiApiException.forbidden("PowerBINotAuthorizedException",
					"My workspace isn't supported when using service principal.");
		}
		if (groupId == null) {
			return this.workspaces.findByOwnerOidAndPersonalTrue(caller.oid()).orElseThrow();
		}
		return this.workspaces.findByIdAndOwnerOid(groupId, caller.oid())
			.orElseThrow(() -> PowerBiApiException.notFound("Workspace " + groupId + " is not found."));
	}

	/** Serialised per application so that two first calls of one user seed once. */
	private synchronized void seed(SandboxCaller caller) {
		if (this.seeded.contains(caller.oid())) {
			return;
		}
		this.transactions.executeWithoutResult((status) -> {
			if (caller.app()) {
				createServicePrincipalWorkspaces(caller);
			}
			else if (this.workspaces.findByOwnerOidAndPersonalTrue(caller.oid()).isEmpty()) {
				create(caller);
			}
		});
		this.seeded.add(caller.oid());
	}

	/** A service principal has no My workspace, only those it was added to. */
	private void createServicePrincipalWorkspaces(SandboxCaller caller) {
		List<String> existing = this.workspaces.findByOwnerOidAndPersonalFalseOrderByName(caller.oid())
			.stream()
			.map(SandboxWorkspace::name)
			.toList();
		this.servicePrincipalWorkspaces.stream()
			.filter((name) -> !existing.contains(name))
			.forEach((name) -> this.workspaces
				.save(new SandboxWorkspace(UUID.randomUUID().toString(), caller.oid(), name, false)));
	}

	private void create(SandboxCaller caller) {
		this.workspaces.save(new SandboxWorkspace(UUID.randomUUID().toString(), caller.oid(), "My workspace", true));
		for (String name : DEMO_WORKSPACES) {
			var workspace = this.workspaces
				.save(new SandboxWorkspace(UUID.randomUUID().toString(), caller.oid(), name, false));
			if (name.startsWith("Sales")) {
				this.datasets.save(new SandboxDataset(UUID.randomUUID().toString(), workspace, NON_PUSH_DATASET,
						"Import", "None", false, caller.upn(), this.clock.instant(), NON_PUSH_SCHEMA));
			}
		}
	}

}
