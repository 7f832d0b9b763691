package com.pushstudio.upload;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/** Job settings to and from the JSON column. */
@Component
class JobSettingsJson {

	private final JsonMapper json = JsonMapper.builder().build();

	String write(JobSettings settings) {
		return this.json.writeValueAsString(settings);
	}

	JobSettings read(UploadJob job) {
		return this.json.readValue(job.settingsJson(), JobSettings.class);
	}

}
