package com.pushstudio.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrganizationTests {

	private static final String TENANT = "8d9b2f6e-4c1a-4f3e-9b7d-2a5c0e1f3b64";

	@Test
	void aMemberNamesTheOrganizationByTheDomainOfTheirSignIn() {
		Organization organization = Organization.of(TENANT, "Ada@Contoso.COM", false);
		assertThat(organization.name()).isEqualTo("contoso.com");
		assertThat(organization.named()).isTrue();
	}

	/** A guest signs in with their home organization's name, which is not this one's. */
	@Test
	void aGuestsSignInNamesNothingHereSoTheIdStays() {
		Organization organization = Organization.of(TENANT, "ada@gmail.com", true);
		assertThat(organization.name()).isEqualTo(TENANT);
		assertThat(organization.named()).isFalse();
	}

	@Test
	void withoutASignInNameTheIdStays() {
		assertThat(Organization.of(TENANT, null, false).name()).isEqualTo(TENANT);
		assertThat(Organization.of(TENANT, "no-domain@", false).name()).isEqualTo(TENANT);
	}

}
