package com.pushstudio.sandbox.emulator;

import com.pushstudio.sandbox.SandboxConfiguration;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * The emulator's application: Boot's auto-configuration, the sandbox's entities and
 * settings, and {@link SandboxConfiguration}; nothing else of Push Studio. The
 * application's component scan never reaches this package.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@AutoConfigurationPackage(basePackageClasses = SandboxConfiguration.class)
@ConfigurationPropertiesScan(basePackageClasses = SandboxConfiguration.class)
@Import({ SandboxConfiguration.class, EmulatorAnnouncement.class })
public class EmulatorApplication {

	/**
	 * Starts the emulator as its own Spring application with its own settings file
	 * ({@code push-studio-emulator.yml}, not {@code application.yml}) and data, so
	 * nothing of the application runs in it.
	 * @param args settings such as {@code --push-studio.data-dir=...}
	 * @return the running emulator
	 */
	public static ConfigurableApplicationContext start(String... args) {
		return builder().run(args);
	}

	/** The emulator's application before it runs, for tests that add to it. */
	public static SpringApplicationBuilder builder() {
		return new SpringApplicationBuilder(EmulatorApplication.class)
			.properties("spring.config.name=push-studio-emulator")
			.listeners(new EmulatorDataFolder(), new EmulatorCertificate());
	}

}
