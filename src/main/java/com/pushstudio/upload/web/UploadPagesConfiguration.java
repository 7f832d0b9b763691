package com.pushstudio.upload.web;

import com.pushstudio.web.LargeRequestBody;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class UploadPagesConfiguration {

	/** The file upload is the one page whose body may reach the multipart limit. */
	@Bean
	LargeRequestBody uploadRequestBody() {
		return new LargeRequestBody("POST", UploadController.TABLE_PATH, null);
	}

}
