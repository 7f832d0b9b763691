package com.pushstudio.account;

import java.util.Map;

import com.pushstudio.PushStudioApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Sandbox mode only with no Azure setting at all: a deployment with some Azure setting
 * but no client id, or a client id without its secret, does not start, and says what is
 * missing.
 */
class AzureSettingsCheckTests {

	@Test
	void aTenantWithoutAClientIdStopsTheStartNamingWhatIsMissing() {
		assertThatExceptionOfType(AzureSettingsException.class)
			.isThrownBy(() -> start("--AZURE_TENANT_ID=contoso.example"))
			.withMessageContaining("AZURE_CLIENT_ID is not set, but AZURE_TENANT_ID is");
	}

	@Test
	void aMisspeltClientIdStopsTheStart() {
		assertThatExceptionOfType(AzureSettingsException.class)
			.isThrownBy(() -> start("--AZURE_CLIENTID=3f1c2a9e", "--azure.client-secret=s3cret"))
			.withMessageContaining("AZURE_CLIENT_ID is not set")
			.withMessageContaining("AZURE_CLIENTID")
			.withMessageContaining("azure.client-secret")
			.withMessageNotContaining("s3cret");
	}

	@Test
	void aClientIdWithoutItsSecretStopsTheStart() {
		assertThatExceptionOfType(AzureSettingsException.class).isThrownBy(() -> start("--AZURE_CLIENT_ID=3f1c2a9e"))
			.withMessageContaining("AZURE_CLIENT_SECRET is not");
	}

	@Test
	void thePackagedMappingOfVariablesOntoPropertiesIsNoSettingOfItsOwn() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		environment.getPropertySources()
			.addLast(new MapPropertySource("application.yml",
					Map.of("azure.tenant-id", "${AZURE_TENANT_ID:organizations}", "azure.client-id",
							"${AZURE_CLIENT_ID:}", "azure.authority-host",
							"${AZURE_AUTHORITY_HOST:https://login.microsoftonline.com}")));

		assertThat(AzureSettingsCheck.azureSettings(environment)).isEmpty();
		assertThatNoException().isThrownBy(() -> AzureSettingsCheck.check(environment));
	}

	@Test
	void theSettingsSayWhetherASecretIsSetButNeverShowIt() {
		AzureProperties properties = new AzureProperties("organizations", "3f1c2a9e", "s3cret-value",
				"https://login.microsoftonline.com");

		assertThat(properties.toString()).contains("3f1c2a9e").contains("clientSecret=(set)").doesNotContain("s3cret");
	}

	/** The application itself, stopped by the check before any bean or port exists. */
	private static void start(String... args) {
		SpringApplication application = new SpringApplication(PushStudioApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.run(args).close();
	}

}
