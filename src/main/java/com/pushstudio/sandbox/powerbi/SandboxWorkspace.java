package com.pushstudio.sandbox.powerbi;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A workspace ("group") of one sandbox user; {@code personal} marks "My workspace". */
@Entity
@Table(name = "sandbox_powerbi_workspace")
class SandboxWorkspace {

	@Id
	private String id;

	private String ownerOid;

	private String name;

	private boolean personal;

	protected SandboxWorkspace() {
	}

	SandboxWorkspace(String id, String ownerOid, String name, boolean personal) {
		this.id = id;
		this.ownerOid = ownerOid;
		this.name = name;
		this.personal = personal;
	}

	String id() {
		return this.id;
	}

	String ownerOid() {
		return this.ownerOid;
	}

	String name() {
		return this.name;
	}

	boolean personal() {
		return this.personal;
	}

}
