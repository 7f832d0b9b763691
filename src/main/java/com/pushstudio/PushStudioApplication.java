package com.pushstudio;

import com.pushstudio.sandbox.Emulator;
import com.pushstudio.sandbox.SandboxEntities;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.modulith.Modulithic;
import org.springframework.orm.jpa.persistenceunit.ManagedClassNameFilter;

/**
 * {@code @SpringBootApplication}, except that the scan leaves the sandbox's sub-packages
 * to {@code SandboxConfiguration}, which registers them under the one sandbox condition.
 * {@code --emulator} (or {@code PUSH_STUDIO_EMULATOR=true}) starts the standalone
 * emulator instead of the application. {@code @Modulithic} marks this class as the root
 * of the feature modules, as {@code @SpringBootApplication} did.
 */
@Modulithic
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(excludeFilters = { @Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
		@Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
		@Filter(type = FilterType.REGEX, pattern = "com\\.pushstudio\\.sandbox\\.[^.]+\\..*") })
@ConfigurationPropertiesScan
public class PushStudioApplication {

	public static void main(String[] args) {
		if (Emulator.requested(args, System.getenv())) {
			Emulator.start(args);
			return;
		}
		SpringApplication.run(PushStudioApplication.class, args);
	}

	/** Here, so that test slices such as {@code @DataJpaTest} apply it too. */
	@Bean
	static ManagedClassNameFilter sandboxEntitiesOnlyWhereTheSandboxRuns(ListableBeanFactory beans) {
		return SandboxEntities.onlyWhereTheSandboxRuns(beans);
	}

}
