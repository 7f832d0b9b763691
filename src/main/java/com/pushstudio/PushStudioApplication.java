package com.pushstudio;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PushStudioApplication {

	public static void main(String[] args) {
		SpringApplication.run(PushStudioApplication.class, args);
	}

}
