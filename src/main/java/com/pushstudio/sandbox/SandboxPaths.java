package com.pushstudio.sandbox;

/**
 * Where the sandbox is mounted: under {@code /sandbox} inside the application, at the
 * root of its host in the standalone emulator, as Azure AD's endpoints are
 * ({@code https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token}: Microsoft's
 * clients read the first path segment as the tenant).
 *
 * @param prefix the path before {@code /{tenant}/...} and {@code /powerbi/...} and
 * {@code /graph/...}: {@code /sandbox} or empty
 */
public record SandboxPaths(String prefix) {

	/** The prefix as request mappings read it ({@code push-studio.sandbox.path}). */
	public static final String MAPPING = "${push-studio.sandbox.path:/sandbox}";

	static final String PROPERTY = "push-studio.sandbox.path";

	static final String DEFAULT = "/sandbox";

	/** Where the Power BI API and its pages live: {@code {prefix}/powerbi}. */
	public String powerBi() {
		return this.prefix + "/powerbi";
	}

	/**
	 * Where the Microsoft Graph API (SharePoint sites and lists) and its page live:
	 * {@code {prefix}/graph}.
	 */
	public String graph() {
		return this.prefix + "/graph";
	}

	/** A pattern for every sandbox path, for security matchers and interceptors. */
	public String all() {
		return this.prefix + "/**";
	}

}
