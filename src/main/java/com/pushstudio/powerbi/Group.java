package com.pushstudio.powerbi;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A workspace the user can see, as Get Groups lists it. */
public record Group(String id, String name, @JsonProperty("isReadOnly") Boolean isReadOnly,
		@JsonProperty("isOnDedicatedCapacity") Boolean isOnDedicatedCapacity) {

	public Workspace workspace() {
		return new Workspace(this.id);
	}

}
