package com.pushstudio.account;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.util.StringUtils;

/**
 * Sandbox mode only when no Azure setting is present at all. A deployment that sets some
 * {@code AZURE_*} variable but not {@code AZURE_CLIENT_ID} (a typo in its name, a
 * forgotten line) would otherwise serve the sandbox's identity provider, with public
 * credentials, instead of failing; and a client id without its secret could never sign
 * anyone in. Runs as soon as the environment is known, before any bean exists, so nothing
 * of the sandbox starts. Registered in {@code spring.factories}.
 */
class AzureSettingsCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		check(event.getEnvironment());
	}

	static void check(ConfigurableEnvironment environment) {
		boolean clientId = StringUtils.hasText(environment.getProperty("azure.client-id"));
		boolean secret = StringUtils.hasText(environment.getProperty("azure.client-secret"));
		if (!clientId) {
			Set<String> present = azureSettings(environment);
			if (!present.isEmpty()) {
				throw new AzureSettingsException("AZURE_CLIENT_ID is not set, but " + String.join(", ", present)
						+ ((present.size() == 1) ? " is" : " are")
						+ ". Push Studio runs its sandbox only when no Azure setting is present at all.");
			}
		}
		else if (!secret) {
			throw new AzureSettingsException(
					"AZURE_CLIENT_ID is set, but AZURE_CLIENT_SECRET is not: the app registration's client secret "
							+ "is needed to redeem sign-in codes.");
		}
	}

	/**
	 * The Azure settings given explicitly: {@code AZURE_*} variables and {@code azure.*}
	 * properties with a value. The packaged {@code application.yml} maps each variable
	 * onto its property with a placeholder; such values are no setting of their own.
	 */
	static Set<String> azureSettings(ConfigurableEnvironment environment) {
		Set<String> present = new TreeSet<>();
		for (PropertySource<?> source : environment.getPropertySources()) {
			if (!(source instanceof EnumerablePropertySource<?> enumerable)) {
				continue;
			}
			for (String name : enumerable.getPropertyNames()) {
				boolean azure = name.toUpperCase(Locale.ROOT).startsWith("AZURE_")
						|| name.toLowerCase(Locale.ROOT).startsWith("azure.");
				Object value = enumerable.getProperty(name);
				String text = (value != null) ? value.toString() : "";
				if (azure && StringUtils.hasText(text) && !text.startsWith("${")) {
					present.add(name);
				}
			}
		}
		return present;
	}

}
